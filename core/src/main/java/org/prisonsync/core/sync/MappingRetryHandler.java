package org.prisonsync.core.sync;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimRelease;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.message.InternalMessage;

/**
 * Finishes a create whose mapping save failed: saves the mapping only (the target was written already), then
 * releases the write claim. A failure here is retried by the queue's ladder and ends on the DLQ as
 * {@code RETRY_CREATE_MAPPING-sent-to-dlq}.
 *
 * <p>The message is not trusted to assert facts (anyone able to write to the queue could forge one naming any ids).
 * Before a mapping is written: its entity type and mapping type must have a registered {@link MappingFacts}
 * (deny by default); a mapping that would take two unmapped ids needs the write claim the failed create left
 * outstanding; and the check must confirm that both records exist for the same prisoner. A refusal is
 * {@value #REJECTED}, dead-lettered at once with its reason; a check that cannot reach a system is retried.
 * An identical pair already saved (a redelivery, or the event's own redelivery finished the create) needs no check.
 */
public final class MappingRetryHandler implements InternalHandler {
    static final String REJECTED = "create-mapping-retry-rejected";
    static final String FAILURE = "create-mapping-retry-failure";

    private final MappingStore mappings;
    private final WriteClaims claims;
    private final EventRoutes routes;

    public MappingRetryHandler(MappingStore mappings, WriteClaims claims, EventRoutes routes) {
        this.mappings = mappings;
        this.claims = claims;
        this.routes = routes;
    }

    @Override
    public SyncOutcome handle(InternalMessage message, MessageContext context) {
        Mapping mapping = MappingRetry.mappingOf(message);
        String entityName = MappingRetry.entityNameOf(message);
        Map<String, String> props = MappingRetry.telemetryOf(message);
        props.put("retryMessageId", context.messageId());
        props.put("entityType", mapping.entityType());
        props.put("mappingType", mapping.mappingType());
        props.put("nomisId", mapping.nomisId());
        props.put("dpsId", mapping.dpsId());
        Optional<EventRoutes.MappingRetryRoute> route = routes.mappingRetry(mapping.entityType(),
                mapping.mappingType());
        if (route.isEmpty() || !route.get().entityName().equals(entityName)) {
            return rejected(props, "no create of " + mapping.entityType() + " mappings of type "
                    + mapping.mappingType() + " by '" + entityName + "' retries its mapping: refused");
        }
        MappingFacts facts = route.get().facts();
        ClaimKey claim = facts.claimOf(mapping);
        String successEvent = entityName + "-create-mapping-retry-success";
        try {
            Optional<Mapping> byDps = mappings.findByDpsId(mapping.entityType(), mapping.dpsId());
            if (byDps.isPresent() && byDps.get().samePairAs(mapping)) {
                ClaimRelease.quietly(claims, claim);
                return new SyncOutcome.Synced(successEvent, props);
            }
            boolean bothFree = byDps.isEmpty()
                    && mappings.findByNomisId(mapping.entityType(), mapping.nomisId()).isEmpty();
            if (bothFree && !claims.outstanding(claim)) {
                return rejected(props, "no create of " + mapping.entityType() + " " + mapping.dpsId()
                        + " is unfinished (no write claim " + claim.sourceId() + "): a mapping retry only follows a"
                        + " create whose mapping save failed");
            }
            MappingCheck check = facts.check(mapping);
            if (!check.holds()) {
                return rejected(props, "mapping " + mapping.entityType() + " NOMIS " + mapping.nomisId() + " ⇄ DPS "
                        + mapping.dpsId() + " not saved: " + check.reason());
            }
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            props.put("reason", String.valueOf(e.getMessage()));
            return new SyncOutcome.RetryLater(FAILURE, props, "could not check the mapping: " + e.getMessage());
        }
        return save(mapping, claim, entityName, successEvent, props, context);
    }

    private SyncOutcome save(Mapping mapping, ClaimKey claim, String entityName, String successEvent,
                             Map<String, String> props, MessageContext context) {
        try {
            MappingSaveResult saved = mappings.saveReleasing(mapping, claims, claim);
            MappingRetry.stepOf(saved, context);
            return MappingRetry.outcomeOf(saved, "to-nomis-synch-" + entityName + "-duplicate", successEvent, props);
        } catch (RuntimeException e) {
            props.put("reason", String.valueOf(e.getMessage()));
            return new SyncOutcome.RetryLater(FAILURE, props, "mapping save failed again: " + e.getMessage());
        }
    }

    private static SyncOutcome rejected(Map<String, String> props, String reason) {
        props.put("reason", reason);
        return new SyncOutcome.Rejected(REJECTED, props, reason);
    }
}
