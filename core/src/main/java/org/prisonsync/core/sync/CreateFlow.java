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
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The create flow of design §3, with duplicates prevented rather than cleaned up:
 * <ol>
 *   <li>mapped already → {@code <name>-create-duplicate}, acknowledged (a redelivery);</li>
 *   <li>claim the entity; a live claim elsewhere → retry later; re-check the mapping under the claim, since the
 *       holder of a just-finished claim may have saved it between our check and our claim;</li>
 *   <li>read DPS, write NOMIS (resumed claims make the writer look up before creating);</li>
 *   <li>save the mapping; a conflict is a reported duplicate; any other failure queues {@code RETRY_CREATE_MAPPING}
 *       so NOMIS is never written twice for a mapping failure.</li>
 * </ol>
 */
public final class CreateFlow {
    private static final Logger log = LoggerFactory.getLogger(CreateFlow.class);

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

    public <S> SyncOutcome run(CreateRequest<S> request, MessageContext context) {
        String name = request.entityName();
        Map<String, String> props = baseProperties(request);
        if (mappings.findByDpsId(request.entityType(), request.dpsId()).isPresent()) {
            return new SyncOutcome.AlreadyMapped(name + "-create-duplicate", props);
        }
        ClaimKey key = new ClaimKey(request.entityType(), request.dpsId());
        String owner = settings.instanceId() + "/" + context.messageId();
        ClaimResult claim = claims.claim(key, owner, clock.instant(), settings.claimLease());
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            props.put("claimedBy", held.owner());
            // Wait out the other consumer's lease rather than the ladder: if it died, retrying sooner would only
            // use up deliveries and send a recoverable create to the DLQ.
            return new SyncOutcome.RetryLater(name + "-create-awaiting-claim", props,
                    "another consumer is creating " + request.entityType() + " " + request.dpsId(),
                    Duration.between(clock.instant(), held.until()).plusSeconds(1));
        }
        if (mappings.findByDpsId(request.entityType(), request.dpsId()).isPresent()) {
            claims.complete(key);
            return new SyncOutcome.AlreadyMapped(name + "-create-duplicate", props);
        }
        boolean resumed = claim instanceof ClaimResult.Resumed;
        props.put("resumed", Boolean.toString(resumed));
        TargetWrite written;
        try {
            Optional<S> source = request.source().read();
            if (source.isEmpty()) {
                claims.abandon(key, owner, clock.instant());
                return new SyncOutcome.RetryLater(name + "-create-failed", props,
                        request.entityType() + " " + request.dpsId() + " not found in DPS");
            }
            written = request.target().write(source.get(), resumed);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            claims.abandon(key, owner, clock.instant());
            props.put("reason", e.getMessage());
            return new SyncOutcome.RetryLater(name + "-create-failed", props, e.getMessage());
        }
        props.put("nomisId", written.targetId());
        props.put("foundExisting", Boolean.toString(written.alreadyExisted()));
        Mapping mapping = Mapping.of(request.entityType(), written.targetId(), request.dpsId(),
                request.prisonerNumber(), request.mappingType());
        return saveMapping(request, mapping, key, owner, props, context);
    }

    private <S> SyncOutcome saveMapping(CreateRequest<S> request, Mapping mapping, ClaimKey key, String owner,
                                        Map<String, String> props, MessageContext context) {
        String name = request.entityName();
        MappingSaveResult saved;
        try {
            saved = mappings.save(mapping);
        } catch (RuntimeException e) {
            props.put("reason", String.valueOf(e.getMessage()));
            try {
                queue.send(context.queueName(), MappingRetry.message(mapping, name, props));
                return new SyncOutcome.MappingRetryQueued(name + "-mapping-create-failed", props);
            } catch (RuntimeException sendFailure) {
                // Neither the mapping nor its retry is recorded: let the event itself be redelivered. The claim is
                // abandoned so the retry resumes and finds the NOMIS record by its natural key instead of re-creating.
                claims.abandon(key, owner, clock.instant());
                return new SyncOutcome.RetryLater(name + "-mapping-create-failed", props,
                        "mapping save failed and its retry could not be queued: " + sendFailure.getMessage());
            }
        }
        completeQuietly(key);
        return MappingRetry.outcomeOf(saved, name, name + "-create-success", props);
    }

    private void completeQuietly(ClaimKey key) {
        try {
            claims.complete(key);
        } catch (RuntimeException e) {
            // harmless: the mapping now exists, so a leftover claim is never consulted again
            log.warn("could not remove claim {}: {}", key, e.getMessage());
        }
    }

    private static Map<String, String> baseProperties(CreateRequest<?> request) {
        Map<String, String> props = new LinkedHashMap<>(request.telemetry());
        props.put("dpsId", request.dpsId());
        if (request.prisonerNumber() != null) {
            props.put("offenderNo", request.prisonerNumber());
        }
        return props;
    }
}
