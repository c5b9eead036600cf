package org.prisonsync.core.mapping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** {@link #claim} for each of these distinct keys, by one owner at one time; results in the keys' order. */
    default List<ClaimResult> claimAll(List<ClaimKey> keys, String owner, Instant now, Duration lease) {
        List<ClaimResult> results = new ArrayList<>(keys.size());
        for (ClaimKey key : keys) {
            results.add(claim(key, owner, now, lease));
        }
        return results;
    }

    /** {@link #complete} for each key. */
    default void completeAll(Collection<ClaimKey> keys) {
        keys.forEach(this::complete);
    }

    /**
     * {@link #completeAll}({@code done}) then {@link #claimAll}({@code keys}): a store may do both in one transaction,
     * so a bulk migration releases its previous message's claims at no extra cost. {@code done} is completed even when
     * some of {@code keys} are taken.
     */
    default List<ClaimResult> completeAndClaimAll(Collection<ClaimKey> done, List<ClaimKey> keys, String owner,
                                                  Instant now, Duration lease) {
        completeAll(done);
        return claimAll(keys, owner, now, lease);
    }
}
