package org.prisonsync.wiring;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.CreateClaim;
import org.prisonsync.core.mapping.ForwardingMappingStore;
import org.prisonsync.core.mapping.MappedId;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;

/**
 * Fault injection for reliability runs only ({@code CHAOS_MAPPING_SAVE_FAILURE_RATE}): a share of saves fail as an
 * unreachable database would, before anything is written. Off (not even constructed) unless the rate is set.
 */
public final class ChaosMappingStore extends ForwardingMappingStore {
    private final double failureRate;
    private final RandomGenerator random;
    private final AtomicLong injected = new AtomicLong();

    public ChaosMappingStore(MappingStore delegate, double failureRate, RandomGenerator random) {
        super(delegate);
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("CHAOS_MAPPING_SAVE_FAILURE_RATE must be between 0 and 1");
        }
        this.failureRate = failureRate;
        this.random = random;
    }

    @Override
    public MappingSaveResult save(Mapping mapping) {
        failSometimes();
        return delegate.save(mapping);
    }

    /** The same faults, and otherwise the delegate's own way (one statement on PostgreSQL), as production runs it. */
    @Override
    public MappingSaveResult saveReleasing(Mapping mapping, WriteClaims claims, ClaimKey claim) {
        failSometimes();
        return delegate.saveReleasing(mapping, claims, claim);
    }

    /** Not a save, so no fault: the delegate's own way (one round trip on PostgreSQL), as production runs it. */
    @Override
    public CreateClaim claimUnlessMapped(MappedId id, WriteClaims claims, ClaimKey key, String owner, Instant now,
                                         Duration lease) {
        return delegate.claimUnlessMapped(id, claims, key, owner, now, lease);
    }

    private void failSometimes() {
        if (random.nextDouble() < failureRate) {
            injected.incrementAndGet();
            throw new UpstreamUnavailable("chaos: mapping store unavailable (injected)");
        }
    }

    public long injected() {
        return injected.get();
    }
}
