package org.prisonsync.core.alerts;

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
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.sync.MappingRetry;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.SyncSettings;

/**
 * The create flow from NOMIS to DPS, the mirror of {@link org.prisonsync.core.sync.CreateFlow}: claim the NOMIS
 * alert, create it in DPS (a resumed claim first adopts an unmapped DPS alert with the same content, which a lost
 * attempt wrote), then map it; a failed save queues {@code RETRY_CREATE_MAPPING} so DPS is never written twice.
 */
final class NomisAlertCreateFlow {
    static final String ENTITY_NAME = "alert-synchronisation";

    private final AlertsDpsApi dps;
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final MessageQueue queue;
    private final Clock clock;
    private final SyncSettings settings;

    NomisAlertCreateFlow(AlertsDpsApi dps, MappingStore mappings, WriteClaims claims, MessageQueue queue,
                         Clock clock, SyncSettings settings) {
        this.dps = dps;
        this.mappings = mappings;
        this.claims = claims;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
    }

    /** The claim on a NOMIS alert: a NOMIS key ("1234:2") never looks like a DPS uuid; directions never share one. */
    static ClaimKey claimKey(String nomisId) {
        return new ClaimKey(AlertsSync.ENTITY_TYPE, "nomis-" + nomisId);
    }

    SyncOutcome run(String offenderNo, NomisAlert alert, Map<String, String> props, MessageContext context) {
        String nomisId = alert.id().key();
        ClaimKey key = claimKey(nomisId);
        String owner = settings.instanceId() + "/" + context.messageId();
        ClaimResult claim = claims.claim(key, owner, clock.instant(), settings.claimLease());
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            props.put("claimedBy", held.owner());
            return new SyncOutcome.RetryLater("alert-synchronisation-created-awaiting-claim", props,
                    "another consumer is creating NOMIS alert " + nomisId + " in DPS",
                    Duration.between(clock.instant(), held.until()).plusSeconds(1));
        }
        if (mappings.findByNomisId(AlertsSync.ENTITY_TYPE, nomisId).isPresent()) {
            claims.complete(key);
            return new SyncOutcome.AlreadyMapped("alert-synchronisation-created-ignored", props);
        }
        DpsAlert written;
        try {
            Optional<DpsAlert> adopted = claim instanceof ClaimResult.Resumed
                    ? unmappedMatch(offenderNo, alert) : Optional.empty();
            props.put("foundExisting", Boolean.toString(adopted.isPresent()));
            written = adopted.isPresent() ? adopted.get()
                    : dps.createAlert(offenderNo, AlertTranslation.toDps(alert), alert.createUsername());
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            claims.abandon(key, owner, clock.instant());
            props.put("reason", e.getMessage());
            return new SyncOutcome.RetryLater("alert-synchronisation-created-failed", props, e.getMessage());
        }
        props.put("dpsId", written.alertUuid());
        Mapping mapping = Mapping.of(AlertsSync.ENTITY_TYPE, nomisId, written.alertUuid(), offenderNo,
                MappingTypes.NOMIS_CREATED);
        return save(mapping, key, owner, props, context);
    }

    private SyncOutcome save(Mapping mapping, ClaimKey key, String owner, Map<String, String> props,
                             MessageContext context) {
        MappingSaveResult saved;
        try {
            saved = mappings.save(mapping);
        } catch (RuntimeException e) {
            props.put("reason", String.valueOf(e.getMessage()));
            try {
                queue.send(context.queueName(), MappingRetry.message(mapping, ENTITY_NAME, props));
                return new SyncOutcome.MappingRetryQueued("alert-mapping-created-synchronisation-failed", props);
            } catch (RuntimeException sendFailure) {
                claims.abandon(key, owner, clock.instant());
                return new SyncOutcome.RetryLater("alert-mapping-created-synchronisation-failed", props,
                        "mapping save failed and its retry could not be queued: " + sendFailure.getMessage());
            }
        }
        claims.complete(key);
        if (saved instanceof MappingSaveResult.Conflict conflict) {
            Map<String, String> dup = new LinkedHashMap<>(props);
            dup.put("duplicateNomisId", conflict.duplicate().nomisId());
            dup.put("duplicateDpsId", conflict.duplicate().dpsId());
            dup.put("existingNomisId", conflict.existing().nomisId());
            dup.put("existingDpsId", conflict.existing().dpsId());
            return new SyncOutcome.Duplicate("from-nomis-sync-alert-duplicate", dup, conflict.duplicate(),
                    conflict.existing());
        }
        return new SyncOutcome.Synced("alert-synchronisation-created-success", props);
    }

    private Optional<DpsAlert> unmappedMatch(String offenderNo, NomisAlert alert) {
        return dps.alertsOf(offenderNo).stream()
                .filter(d -> AlertTranslation.sameContent(alert, d))
                .filter(d -> mappings.findByDpsId(AlertsSync.ENTITY_TYPE, d.alertUuid()).isEmpty())
                .findFirst();
    }
}
