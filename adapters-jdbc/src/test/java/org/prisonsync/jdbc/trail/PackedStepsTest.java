package org.prisonsync.jdbc.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.telemetry.SyncStep;

class PackedStepsTest {

    @Test
    void stepsComeBackAsTheyWent_whateverTheirNamesAndFactsHold() {
        List<SyncStep> steps = List.of(
                new SyncStep("received", Instant.parse("2026-12-07T10:00:00.123456Z"),
                        Map.of("eventType", "prison-visit.booked", "messageId", "a b\nc&d=e%f")),
                new SyncStep("odd name\nwith space", Instant.parse("1969-12-31T23:59:59.999999Z"), Map.of()),
                new SyncStep("ünïcödé", Instant.parse("2026-12-07T10:00:00Z"), Map.of("", "")));

        assertThat(PackedSteps.decode(PackedSteps.encode(steps))).containsExactlyElementsOf(steps);
        assertThat(PackedSteps.encode(List.of())).isNull();
        assertThat(PackedSteps.decode(null)).isEmpty();
    }

    @Test
    void aStepIsFoundByItsWholeName_orAPatternThatNamesIt() {
        String packed = PackedSteps.encode(List.of(new SyncStep("received", Instant.EPOCH, Map.of("x", "dps-read")),
                new SyncStep("dps-read", Instant.EPOCH, Map.of())));

        assertThat(like(packed, PackedSteps.nameLike("dps-read"))).isTrue();
        assertThat(like(packed, PackedSteps.nameLike("%-read"))).isTrue();
        assertThat(like(packed, PackedSteps.nameLike("read"))).as("a name is whole").isFalse();
        assertThat(like(packed, PackedSteps.nameLike("nomis-written"))).isFalse();
    }

    /** SQL LIKE without escapes, as the database applies it: % is any run, _ one character. */
    private static boolean like(String text, String pattern) {
        String regex = Pattern.quote(pattern).replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q");
        return Pattern.compile(regex, Pattern.DOTALL).matcher(text).matches();
    }
}
