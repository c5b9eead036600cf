package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.inmemory.InMemoryWriteClaims;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.mapping.ClaimKey;

class UpsertFlowTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final InMemoryWriteClaims claims = new InMemoryWriteClaims();
    private final UpsertFlow flow = new UpsertFlow(claims, clock, new SyncSettings("i-1", Duration.ofSeconds(30)));
    private final AtomicInteger writes = new AtomicInteger();

    private UpsertRequest request() {
        return new UpsertRequest("THING", "7:99", "thing-awaiting-claim", Map.of("id", "7"), () -> {
            writes.incrementAndGet();
            return new SyncOutcome.Synced("thing-success", Map.of());
        });
    }

    @Test
    void aFreeKeyIsWrittenAndReleased() {
        SyncOutcome outcome = flow.run(request(), new MessageContext("q", "m-1", 1));

        assertThat(outcome.event()).isEqualTo("thing-success");
        assertThat(writes).hasValue(1);
        assertThat(claims.outstanding(new ClaimKey("THING", "7:99"))).isFalse();
    }

    @Test
    void aKeyAnotherConsumerIsWritingIsLookedAtAgainSoonWithoutWriting() {
        claims.claim(new ClaimKey("THING", "7:99"), "other", clock.instant(), Duration.ofSeconds(30));

        SyncOutcome outcome = flow.run(request(), new MessageContext("q", "m-1", 1));

        assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.RetryLater.class, r -> {
            assertThat(r.event()).isEqualTo("thing-awaiting-claim");
            assertThat(r.minDelay()).as("an upsert's holder finishes in moments: look again soon, not after its lease")
                    .isEqualTo(Duration.ofSeconds(2));
            assertThat(r.properties()).containsEntry("claimedBy", "other").containsEntry("id", "7");
        });
        assertThat(writes).hasValue(0);
    }

    @Test
    void aWriteThatFailsStillReleasesTheKey() {
        UpsertRequest failing = new UpsertRequest("THING", "7:99", "thing-awaiting-claim", Map.of(), () -> {
            throw new UpstreamUnavailable("down");
        });

        assertThatThrownBy(() -> flow.run(failing, new MessageContext("q", "m-1", 1)))
                .isInstanceOf(UpstreamUnavailable.class);
        assertThat(flow.run(request(), new MessageContext("q", "m-2", 1)).event()).isEqualTo("thing-success");
    }
}
