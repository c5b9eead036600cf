package org.prisonsync.core.appointments;

import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;
import org.prisonsync.core.sync.UpdateFlow;
import org.prisonsync.core.sync.UpdateRequest;

/**
 * {@code appointments.appointment-instance.updated} → DPS's latest state of the instance written over its mapped
 * NOMIS appointment ({@code appointment-amend-success}), so events in any order converge. As upstream: with neither
 * a mapping nor the DPS instance there is nothing to amend ({@code appointment-amend-missing-ignored}); a mapping
 * without the DPS instance, or the instance without a mapping yet (its create may be in flight), is retried.
 */
final class AppointmentUpdatedHandler implements EventHandler {
    private final AppointmentsDpsApi dps;
    private final AppointmentsNomisApi nomis;
    private final AppointmentLocations locations;
    private final MappingStore mappings;
    private final UpdateFlow update;

    AppointmentUpdatedHandler(AppointmentsDpsApi dps, AppointmentsNomisApi nomis, AppointmentLocations locations,
                              MappingStore mappings, UpdateFlow update) {
        this.dps = dps;
        this.nomis = nomis;
        this.locations = locations;
        this.mappings = mappings;
        this.update = update;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        long id = AppointmentEvents.instanceId(notification.asDomainEvent());
        String dpsId = Long.toString(id);
        Map<String, String> props = AppointmentEvents.properties("appointmentInstanceId", id);
        try {
            if (mappings.findByDpsId(AppointmentsSync.ENTITY_TYPE, dpsId).isEmpty()
                    && dps.findInstance(id).isEmpty()) {
                return new SyncOutcome.Ignored(AppointmentsSync.ENTITY + "-amend-missing-ignored", props,
                        "neither a mapping nor DPS appointment instance " + id);
            }
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(AppointmentsSync.ENTITY + "-amend-failed", props, e);
        }
        return update.run(new UpdateRequest<AppointmentInstance>(AppointmentsSync.ENTITY, "amend",
                AppointmentsSync.ENTITY_TYPE, dpsId, null, props, () -> dps.findInstance(id),
                (instance, mapping) -> {
                    long eventId = Long.parseLong(mapping.nomisId());
                    if (!nomis.update(eventId, locations.request(instance))) {
                        throw new UpstreamRejected(404, "NOMIS has no appointment " + eventId + " (mapped to DPS"
                                + " instance " + id + ")");
                    }
                }), context);
    }
}
