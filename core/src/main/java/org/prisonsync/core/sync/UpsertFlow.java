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

    /** How soon a message that found the key claimed looks again. */
    static final Duration LOOK_AGAIN = Duration.ofSeconds(2);

    public SyncOutcome run(UpsertRequest request, MessageContext context) {
        ClaimKey key = new ClaimKey(request.entityType(), request.naturalKey());
        String owner = settings.instanceId() + "/" + context.messageId();
        ClaimResult claim = claims.claim(key, owner, clock.instant(), settings.claimLease());
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            Map<String, String> props = new LinkedHashMap<>(request.telemetry());
            props.put("claimedBy", held.owner());
            // Unlike a create's (held until its mapping is saved), an upsert's claim is released the moment its write
            // returns, milliseconds after it was taken: waiting out the whole lease would delay a racing update by
            // up to the lease for nothing. Look again soon; a holder that died is outlived by the ladder's retries.
            Duration leaseLeft = Duration.between(clock.instant(), held.until()).plusSeconds(1);
            return new SyncOutcome.RetryLater(request.awaitingClaim(), props, "another consumer is writing "
                    + request.entityType() + " " + request.naturalKey(),
                    leaseLeft.compareTo(LOOK_AGAIN) < 0 ? leaseLeft : LOOK_AGAIN);
        }
        // the read and the write inside are the handler's; its outcome says how they went
        context.step(Steps.CLAIMED);
        try {
            return request.write().get();
        } finally {
            claims.complete(key);
        }
    }
}
