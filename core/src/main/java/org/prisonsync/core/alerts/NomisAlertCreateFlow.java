package org.prisonsync.core.alerts;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateNames;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * What a create of a NOMIS alert in DPS says to the shared {@link CreateFlow}: the NOMIS alert is the source (already
 * read), DPS the target — a resumed claim first adopts an unmapped DPS alert with the same content, which a lost
 * attempt wrote — under upstream's from-NOMIS telemetry names.
 */
final class NomisAlertCreateFlow {
    static final String ENTITY_NAME = "alert-synchronisation";
    static final CreateNames NAMES = new CreateNames("alert-synchronisation-created-ignored",
            "alert-synchronisation-created-awaiting-claim", "alert-synchronisation-created-failed",
            "alert-mapping-created-synchronisation-failed", "alert-synchronisation-created-success",
            "from-nomis-sync-alert-duplicate", ENTITY_NAME);

    private final AlertsDpsApi dps;
    private final MappingStore mappings;
    private final CreateFlow flow;

    NomisAlertCreateFlow(AlertsDpsApi dps, MappingStore mappings, CreateFlow flow) {
        this.dps = dps;
        this.mappings = mappings;
        this.flow = flow;
    }

    /** The claim on a NOMIS alert's create in DPS. */
    static ClaimKey claimKey(String nomisId) {
        return CreateFlow.claimKey(CreateDirection.FROM_NOMIS, AlertsSync.ENTITY_TYPE, nomisId);
    }

    SyncOutcome run(String offenderNo, NomisAlert alert, Map<String, String> props, MessageContext context) {
        CreateRequest<NomisAlert> request = new CreateRequest<>(ENTITY_NAME, AlertsSync.ENTITY_TYPE,
                alert.id().key(), offenderNo, MappingTypes.NOMIS_CREATED, props, () -> Optional.of(alert),
                (source, resumed) -> write(offenderNo, source, resumed), CreateDirection.FROM_NOMIS, NAMES);
        return flow.run(request, context);
    }

    private TargetWrite write(String offenderNo, NomisAlert alert, boolean resumed) {
        Optional<DpsAlert> adopted = resumed ? unmappedMatch(offenderNo, alert) : Optional.empty();
        if (adopted.isPresent()) {
            return TargetWrite.found(adopted.get().alertUuid());
        }
        return TargetWrite.created(dps.createAlert(offenderNo, AlertTranslation.toDps(alert), alert.createUsername())
                .alertUuid());
    }

    private Optional<DpsAlert> unmappedMatch(String offenderNo, NomisAlert alert) {
        return dps.alertsOf(offenderNo).stream()
                .filter(d -> AlertTranslation.sameContent(alert, d))
                .filter(d -> mappings.findByDpsId(AlertsSync.ENTITY_TYPE, d.alertUuid()).isEmpty())
                .findFirst();
    }
}
