package org.prisonsync.core.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.CreateClaim;
import org.prisonsync.core.mapping.MappedId;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;

/**
 * The create flow of design §3, in either direction, with duplicates prevented rather than cleaned up:
 * <ol>
 *   <li>mapped already → {@code <name>-create-duplicate}, acknowledged (a redelivery);</li>
 *   <li>claim the entity; a live claim elsewhere → retry later; re-check the mapping under the claim, since the
 *       holder of a just-finished claim may have saved it between our check and our claim (the check, the claim and
 *       the re-check are {@link MappingStore#claimUnlessMapped}: one round trip on PostgreSQL);</li>
 *   <li>read the source, write the other system (resumed claims make the writer look up before creating);</li>
 *   <li>save the mapping and release the claim ({@link MappingStore#saveReleasing}: one statement on PostgreSQL); a
 *       conflict is a reported duplicate; any other failure queues {@code RETRY_CREATE_MAPPING} so the target is
 *       never written twice for a mapping failure.</li>
 * </ol>
 */
public final class CreateFlow {
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final MessageQueue queue;
    private final Clock clock;
    private final SyncSettings settings;

    public CreateFlow(MappingStore mappings, WriteClaims claims, MessageQueue queue, Clock clock,
                      SyncSettings settings) {
        this.mappings = mappings;
        this.claims = claims;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * The claim on one create. A create from NOMIS claims "nomis-" + its NOMIS id, which never looks like a DPS id,
     * so the two directions of one entity type never share a claim.
     */
    public static ClaimKey claimKey(CreateDirection direction, String entityType, String sourceId) {
        return new ClaimKey(entityType, direction == CreateDirection.FROM_NOMIS ? "nomis-" + sourceId : sourceId);
    }

    public <S> SyncOutcome run(CreateRequest<S> request, MessageContext context) {
        CreateNames names = request.names();
        Map<String, String> props = baseProperties(request);
        ClaimKey key = claimKey(request.direction(), request.entityType(), request.sourceId());
        String owner = settings.instanceId() + "/" + context.messageId();
        CreateClaim checked = mappings.claimUnlessMapped(mappedId(request), claims, key, owner, clock.instant(),
                settings.claimLease());
        if (!(checked instanceof CreateClaim.Claimed claimed)) {
            return new SyncOutcome.AlreadyMapped(names.alreadyMapped(), props);
        }
        ClaimResult claim = claimed.claim();
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            props.put("claimedBy", held.owner());
            // Wait out the other consumer's lease rather than the ladder: if it died, retrying sooner would only
            // use up deliveries and send a recoverable create to the DLQ.
            return new SyncOutcome.RetryLater(names.awaitingClaim(), props,
                    "another consumer is creating " + request.entityType() + " " + request.sourceId(),
                    Duration.between(clock.instant(), held.until()).plusSeconds(1));
        }
        boolean resumed = claim instanceof ClaimResult.Resumed;
        context.step(Steps.CLAIMED, "resumed", resumed ? "true" : null);
        props.put("resumed", Boolean.toString(resumed));
        TargetWrite written;
        try {
            Optional<S> source = request.source().read();
            context.step(Steps.read(request.direction()), "found", source.isEmpty() ? "false" : null);
            if (source.isEmpty()) {
                claims.abandon(key, owner, clock.instant());
                return new SyncOutcome.RetryLater(names.failed(), props, request.entityType() + " "
                        + request.sourceId() + " not found in " + (toNomis(request) ? "DPS" : "NOMIS"));
            }
            written = request.target().write(source.get(), resumed);
            context.step(Steps.written(request.direction()), "foundExisting", written.alreadyExisted() ? "true" : null);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            claims.abandon(key, owner, clock.instant());
            return SyncOutcome.RetryLater.upstreamFailed(names.failed(), props, e);
        }
        props.put(toNomis(request) ? "nomisId" : "dpsId", written.targetId());
        props.put("foundExisting", Boolean.toString(written.alreadyExisted()));
        Mapping mapping = toNomis(request)
                ? Mapping.of(request.entityType(), written.targetId(), request.sourceId(), request.prisonerNumber(),
                        request.mappingType())
                : Mapping.of(request.entityType(), request.sourceId(), written.targetId(), request.prisonerNumber(),
                        request.mappingType());
        return saveMapping(names, mapping, key, owner, props, context);
    }

    private static boolean toNomis(CreateRequest<?> request) {
        return request.direction() == CreateDirection.TO_NOMIS;
    }

    private static MappedId mappedId(CreateRequest<?> request) {
        return toNomis(request) ? MappedId.dps(request.entityType(), request.sourceId())
                : MappedId.nomis(request.entityType(), request.sourceId());
    }

    private SyncOutcome saveMapping(CreateNames names, Mapping mapping, ClaimKey key, String owner,
                                    Map<String, String> props, MessageContext context) {
        MappingSaveResult saved;
        try {
            saved = mappings.saveReleasing(mapping, claims, key);
        } catch (RuntimeException e) {
            props.put("reason", String.valueOf(e.getMessage()));
            try {
                queue.send(context.queueName(), MappingRetry.message(mapping, names.retryEntity(), props));
                return new SyncOutcome.MappingRetryQueued(names.mappingFailed(), props);
            } catch (RuntimeException sendFailure) {
                // Neither the mapping nor its retry is recorded: let the event itself be redelivered. The claim is
                // abandoned so the retry resumes and finds the target record by its natural key instead of
                // re-creating it.
                claims.abandon(key, owner, clock.instant());
                return new SyncOutcome.RetryLater(names.mappingFailed(), props,
                        "mapping save failed and its retry could not be queued: " + sendFailure.getMessage());
            }
        }
        MappingRetry.stepOf(saved, context);
        return MappingRetry.outcomeOf(saved, names.duplicate(), names.success(), props);
    }

    private static Map<String, String> baseProperties(CreateRequest<?> request) {
        Map<String, String> props = new LinkedHashMap<>(request.telemetry());
        props.putIfAbsent(toNomis(request) ? "dpsId" : "nomisId", request.sourceId());
        if (request.prisonerNumber() != null) {
            props.put("offenderNo", request.prisonerNumber());
        }
        return props;
    }
}
