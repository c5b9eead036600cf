package org.prisonsync.core.sync;

import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;

/**
 * What a {@code RETRY_CREATE_MAPPING} message asserts, checked against the systems before the mapping is written.
 * An internal message is only a message: anyone who can write to the queue can forge one, so it must never be
 * trusted to assert facts. Each domain registers one per mapping entity type and mapping type (the direction of the
 * create) alongside its handlers ({@link EventRoutes#onMappingRetry}); a type without one is refused.
 *
 * <p>Contract: {@link #check} reads both systems and answers {@link MappingCheck#refuted} naming what is missing or
 * inconsistent (the NOMIS record does not exist, it belongs to another prisoner …); it throws
 * {@link org.prisonsync.core.UpstreamUnavailable} when it cannot tell, which is retried. It writes nothing.
 */
public interface MappingFacts {

    /**
     * The write claim the genuine create of this mapping took and leaves outstanding until the mapping is saved: a
     * real retry always follows one, a forged message does not.
     */
    ClaimKey claimOf(Mapping mapping);

    /** Whether the source and target records the mapping names exist, and belong to the same prisoner. */
    MappingCheck check(Mapping mapping);
}
