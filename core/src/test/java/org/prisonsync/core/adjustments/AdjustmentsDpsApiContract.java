package org.prisonsync.core.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The {@link AdjustmentsDpsApi} contract (the legacy endpoints), for the in-memory twin and every adapter. */
public abstract class AdjustmentsDpsApiContract {

    protected abstract AdjustmentsDpsApi api();

    private static LegacyAdjustment adjustment(Integer sentenceSequence, int days) {
        return new LegacyAdjustment(7001, sentenceSequence, "A1234AB", sentenceSequence == null ? "UAL" : "RX",
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 1, 1), days, "from NOMIS", true, false, "MDI", true);
    }

    @Test
    void aCreatedAdjustmentIsFoundAsItWasWritten() {
        LegacyAdjustment written = adjustment(3, 7);

        String id = api().create(written);

        assertThat(id).isNotBlank();
        assertThat(api().find(id)).contains(written);
        LegacyAdjustment keyDate = adjustment(null, 2);
        assertThat(api().find(api().create(keyDate))).contains(keyDate);
    }

    @Test
    void anUpdateReplacesItAndAnUnknownIdIsFalse() {
        String id = api().create(adjustment(null, 7));

        assertThat(api().update(id, adjustment(null, 9))).isTrue();

        assertThat(api().find(id).orElseThrow().adjustmentDays()).isEqualTo(9);
        assertThat(api().update(UUID.randomUUID().toString(), adjustment(null, 1))).isFalse();
    }

    @Test
    void aPersonsAdjustmentIdsAreListedAndAnUnknownPersonHasNone() {
        LegacyAdjustment mine = new LegacyAdjustment(7002, null, "A7002AB", "ADA", LocalDate.of(2026, 2, 3),
                LocalDate.of(2026, 1, 1), 3, null, true, false, "MDI", true);
        String first = api().create(mine);
        String second = api().create(mine);

        assertThat(api().adjustmentIds("A7002AB")).containsExactlyInAnyOrder(first, second);
        assertThat(api().adjustmentIds("Z9999ZZ")).isEmpty();
    }

    @Test
    void aDeleteRemovesItOnce() {
        String id = api().create(adjustment(1, 7));

        assertThat(api().delete(id)).isTrue();
        assertThat(api().delete(id)).isFalse();
        assertThat(api().find(id)).isEmpty();
    }
}
