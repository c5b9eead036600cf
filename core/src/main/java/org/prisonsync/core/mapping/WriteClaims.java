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
}
