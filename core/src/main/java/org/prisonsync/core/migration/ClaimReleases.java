package org.prisonsync.core.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.WriteClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims of entities whose mappings are saved, waiting to be completed in the next message's claim transaction
 * ({@link WriteClaims#completeAndClaimAll}) rather than in a commit of their own: a commit per message was what a
 * bulk migration on PostgreSQL paid most for. Safe to leave waiting, even for ever (a process stopping): a mapped
 * entity's claim is never consulted, as every attempt skips mapped ids before claiming. Flushed when a run ends.
 */
final class ClaimReleases {
    private static final Logger log = LoggerFactory.getLogger(ClaimReleases.class);
    /** At most this many ride along with one message's claims (a message saves at most 100). */
    static final int PER_TRANSACTION = 250;

    private final Queue<ClaimKey> waiting = new ConcurrentLinkedQueue<>();

    void later(Collection<ClaimKey> keys) {
        waiting.addAll(keys);
    }

    /** Up to {@link #PER_TRANSACTION} waiting claims, removed from the queue: the caller completes them. */
    List<ClaimKey> take() {
        List<ClaimKey> taken = new ArrayList<>();
        ClaimKey key;
        while (taken.size() < PER_TRANSACTION && (key = waiting.poll()) != null) {
            taken.add(key);
        }
        return taken;
    }

    /** Completes everything waiting now (a run has ended); a failure leaves harmless rows behind. */
    void flush(WriteClaims claims) {
        for (List<ClaimKey> keys = take(); !keys.isEmpty(); keys = take()) {
            try {
                claims.completeAll(keys);
            } catch (RuntimeException e) {
                log.warn("could not complete {} claim(s) of migrated entities: {}", keys.size(), e.getMessage());
                return;
            }
        }
    }
}
