package org.prisonsync.core.mapping;

import java.time.Duration;
import java.time.Instant;

/**
 * Claims taken before writing to the target system, so that exactly one consumer creates an entity.
 *
 * <p>Contract: {@link #claim} is atomic across consumers and processes (a unique row): of two simultaneous claims on
 * one key exactly one is {@code Fresh} or {@code Resumed}. A claim whose lease has passed, or that was
 * {@link #abandon abandoned}, is taken over as {@code Resumed}. {@link #complete} removes it once the mapping exists.
 */
public interface WriteClaims {

    ClaimResult claim(ClaimKey key, String owner, Instant now, Duration lease);

    /** The attempt failed without knowing whether the target was written: let the next attempt resume at once. */
    void abandon(ClaimKey key, String owner, Instant now);

    void complete(ClaimKey key);

    /**
     * True while a claim on the key exists, live or not: a create took it and has not completed (its mapping save may
     * have failed and be waiting for its retry). False once {@link #complete completed}, or if never taken.
     */
    boolean outstanding(ClaimKey key);
}
