package org.prisonsync.core.alerts;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.CreateRequest;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.TargetWrite;

/**
 * {@code person.alert.created} made in DPS → create the alert in NOMIS and map it.
 *
 * <p>NOMIS answers a create whose code is already active on the booking with that alert's id (409). The id is taken
 * as the target, so a resumed create adopts what a lost attempt wrote, and the mapping store decides the rest: if that
 * NOMIS alert is mapped to another DPS alert, the save conflicts and this DPS alert is a double submit (seed 000). It
 * is reported once as {@value #DUPLICATE_ACTIVE} naming the DPS alert to remove, recorded for the repair, and never
 * retried. A NOMIS alert still held by a DPS alert that DPS has since closed or deleted is waited for instead: that
 * change is on its way to NOMIS.
 */
public final class AlertCreatedHandler implements EventHandler {
    public static final String DUPLICATE_ACTIVE = "alert-create-duplicate-active";

    private final AlertsDpsApi dps;
    private final AlertsNomisApi nomis;
    private final MappingStore mappings;
    private final AlertDuplicates duplicates;
    private final CreateFlow create;
    private final Clock clock;

    public AlertCreatedHandler(AlertsDpsApi dps, AlertsNomisApi nomis, MappingStore mappings,
                               AlertDuplicates duplicates, CreateFlow create, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.duplicates = duplicates;
        this.create = create;
        this.clock = clock;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        DomainEvent event = notification.asDomainEvent();
        String uuid = event.requireInfoId("alertUuid");
        String prisoner = event.requirePrisonerNumber();
        Map<String, String> props = AlertEvents.dpsProperties(event, uuid);
        if (event.originatesInNomis()) {
            return new SyncOutcome.Ignored("alert-create-ignored", props, "alert was created in NOMIS");
        }
        Optional<AlertDuplicate> reported = duplicates.find(uuid);
        if (reported.isPresent()) {
            props.put("existingDpsId", reported.get().existingDpsId());
            return new SyncOutcome.Ignored(DUPLICATE_ACTIVE + "-ignored", props,
                    "DPS alert " + uuid + " was already reported as a duplicate");
        }
        SyncOutcome outcome = create.run(new CreateRequest<>(AlertsSync.ENTITY, AlertsSync.ENTITY_TYPE, uuid,
                prisoner, MappingTypes.DPS_CREATED, props, () -> dps.findAlert(uuid), this::write), context);
        if (outcome instanceof SyncOutcome.Duplicate duplicate && !duplicate.existing().dpsId().equals(uuid)
                && duplicate.existing().nomisId().equals(duplicate.duplicate().nomisId())) {
            return reportDuplicate(event, uuid, prisoner, props, duplicate);
        }
        return outcome;
    }

    private TargetWrite write(DpsAlert alert, boolean resumed) {
        NomisAlertCreated created = nomis.createAlert(alert.prisonNumber(), AlertTranslation.toNomisCreate(alert));
        String key = created.id().key();
        if (!created.alreadyActive()) {
            return TargetWrite.created(key);
        }
        Optional<Mapping> holder = mappings.findByNomisId(AlertsSync.ENTITY_TYPE, key);
        if (holder.isPresent() && !holder.get().dpsId().equals(alert.alertUuid())) {
            Optional<DpsAlert> other = dps.findAlert(holder.get().dpsId());
            if (other.isEmpty() || !other.get().active()) {
                throw new UpstreamRejected(409, "NOMIS alert " + key + " (" + alert.alertCode()
                        + ") is still active for DPS alert " + holder.get().dpsId()
                        + ", which DPS has closed or deleted: waiting for that change to reach NOMIS");
            }
        }
        return TargetWrite.found(key);
    }

    private SyncOutcome reportDuplicate(DomainEvent event, String uuid, String prisoner, Map<String, String> base,
                                        SyncOutcome.Duplicate duplicate) {
        Mapping existing = duplicate.existing();
        String code = event.info("alertCode")
                .orElseGet(() -> dps.findAlert(uuid).map(DpsAlert::alertCode).orElse("UNKNOWN"));
        Map<String, String> props = new LinkedHashMap<>(base);
        props.put("alertCode", code);
        props.put("duplicateDpsId", uuid);
        props.put("existingDpsId", existing.dpsId());
        props.put("existingNomisId", existing.nomisId());
        props.put("action", "remove DPS alert " + uuid + " (same code " + code + " as mapped DPS alert "
                + existing.dpsId() + ")");
        boolean first = duplicates.record(new AlertDuplicate(uuid, prisoner, code, existing.nomisId(),
                existing.dpsId(), clock.instant()));
        if (!first) {
            return new SyncOutcome.Ignored(DUPLICATE_ACTIVE + "-ignored", props,
                    "DPS alert " + uuid + " was already reported as a duplicate");
        }
        return new SyncOutcome.Duplicate(DUPLICATE_ACTIVE, props, duplicate.duplicate(), existing);
    }
}
