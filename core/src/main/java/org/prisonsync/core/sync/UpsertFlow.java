package org.prisonsync.core.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.WriteClaims;

/**
 * Upserts by natural key, one writer at a time: the write claim that keeps a create single is taken on the natural
 * key, so two consumers delivering the same (or two) events for one key never run the target's "find, else insert"
 * at once. The claim is released as soon as the write returns, whatever its outcome (an upsert repeated is
 * harmless: only concurrency duplicates); a consumer that dies mid-write leaves it to run out its lease, after which
 * the next delivery simply upserts again.
 */
public final class UpsertFlow {
    private final WriteClaims claims;
    private final Clock clock;
    private final SyncSettings settings;

    public UpsertFlow(WriteClaims claims, Clock clock, SyncSettings settings) {
        this.claims = claims;
        this.clock = clock;
        this.settings = settings;
    }

    public SyncOutcome run(UpsertRequest request, MessageContext context) {
        ClaimKey key = new ClaimKey(request.entityType(), request.naturalKey());
        String owner = settings.instanceId() + "/" + context.messageId();
        ClaimResult claim = claims.claim(key, owner, clock.instant(), settings.claimLease());
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            Map<String, String> props = new LinkedHashMap<>(request.telemetry());
            props.put("claimedBy", held.owner());
            // as a create does: wait out the holder's lease rather than burn deliveries on the ladder
            return new SyncOutcome.RetryLater(request.awaitingClaim(), props, "another consumer is writing "
                    + request.entityType() + " " + request.naturalKey(),
                    Duration.between(clock.instant(), held.until()).plusSeconds(1));
        }
        try {
            return request.write().get();
        } finally {
            claims.complete(key);
        }
    }
}
