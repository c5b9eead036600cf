package org.prisonsync.core.mapping;

import java.time.Instant;

/** The answer to a claim. */
public sealed interface ClaimResult {

    /** Nobody had tried to create this entity: write it. */
    record Fresh() implements ClaimResult {
    }

    /**
     * An earlier attempt claimed it and did not finish (it failed, timed out, or its consumer died and the lease ran
     * out). The target may or may not hold the record: look it up by its natural key before creating.
     */
    record Resumed(int attempt, String previousOwner) implements ClaimResult {
    }

    /** Another consumer holds a live claim: come back later. */
    record HeldElsewhere(String owner, Instant until) implements ClaimResult {
    }
}
