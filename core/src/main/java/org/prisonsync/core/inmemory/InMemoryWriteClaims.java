package org.prisonsync.core.inmemory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.WriteClaims;

/** Write claims in a map under one lock: the in-process equivalent of the claims table's primary key. */
public final class InMemoryWriteClaims implements WriteClaims {
    private record Held(String owner, Instant until, int attempts) {
    }

    private final Map<ClaimKey, Held> claims = new HashMap<>();

    @Override
    public synchronized ClaimResult claim(ClaimKey key, String owner, Instant now, Duration lease) {
        Held held = claims.get(key);
        if (held == null) {
            claims.put(key, new Held(owner, now.plus(lease), 1));
            return new ClaimResult.Fresh();
        }
        if (held.until().isAfter(now)) {
            return new ClaimResult.HeldElsewhere(held.owner(), held.until());
        }
        claims.put(key, new Held(owner, now.plus(lease), held.attempts() + 1));
        return new ClaimResult.Resumed(held.attempts() + 1, held.owner());
    }

    /** All under the one lock, as the JDBC adapter's batch is one transaction. */
    @Override
    public synchronized List<ClaimResult> claimAll(List<ClaimKey> keys, String owner, Instant now, Duration lease) {
        List<ClaimResult> results = new ArrayList<>(keys.size());
        for (ClaimKey key : keys) {
            results.add(claim(key, owner, now, lease));
        }
        return results;
    }

    @Override
    public synchronized void completeAll(Collection<ClaimKey> keys) {
        keys.forEach(claims::remove);
    }

    @Override
    public synchronized List<ClaimResult> completeAndClaimAll(Collection<ClaimKey> done, List<ClaimKey> keys,
                                                             String owner, Instant now, Duration lease) {
        completeAll(done);
        return claimAll(keys, owner, now, lease);
    }

    @Override
    public synchronized void abandon(ClaimKey key, String owner, Instant now) {
        claims.computeIfPresent(key, (k, held) -> held.owner().equals(owner)
                ? new Held(held.owner(), now, held.attempts()) : held);
    }

    @Override
    public synchronized void complete(ClaimKey key) {
        claims.remove(key);
    }

    @Override
    public synchronized boolean outstanding(ClaimKey key) {
        return claims.containsKey(key);
    }

    public synchronized int size() {
        return claims.size();
    }
}
