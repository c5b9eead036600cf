package org.prisonsync.core.appointments;

import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.sync.EventHandler;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.Steps;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code appointments.appointment-instance.deleted} → the mapped NOMIS appointment deleted, then its mapping
 * ({@code appointment-delete-success}). As upstream: no mapping → {@code appointment-delete-missing-mapping-ignored}
 * (a redelivery after the delete finished lands here); NOMIS without the appointment →
 * {@code appointment-delete-missing-nomis-ignored}, the mapping still removed.
 */
final class AppointmentDeletedHandler implements EventHandler {
    private final AppointmentsNomisApi nomis;
    private final MappingStore mappings;

    AppointmentDeletedHandler(AppointmentsNomisApi nomis, MappingStore mappings) {
        this.nomis = nomis;
        this.mappings = mappings;
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        long id = AppointmentEvents.instanceId(notification.asDomainEvent());
        String dpsId = Long.toString(id);
        Map<String, String> props = AppointmentEvents.properties("appointmentInstanceId", id);
        String prefix = AppointmentsSync.ENTITY + "-delete";
        try {
            Optional<Mapping> mapping = mappings.findByDpsId(AppointmentsSync.ENTITY_TYPE, dpsId);
            if (mapping.isEmpty()) {
                return new SyncOutcome.Ignored(prefix + "-missing-mapping-ignored", props,
                        "no mapping for DPS appointment instance " + id);
            }
            long eventId = Long.parseLong(mapping.get().nomisId());
            props.put("nomisEventId", Long.toString(eventId));
            boolean deleted = nomis.delete(eventId);
            context.step(Steps.NOMIS_WRITTEN, "found", deleted ? null : "false");
            mappings.deleteByDpsId(AppointmentsSync.ENTITY_TYPE, dpsId);
            if (!deleted) {
                return new SyncOutcome.Ignored(prefix + "-missing-nomis-ignored", props,
                        "NOMIS has no appointment " + eventId);
            }
            return new SyncOutcome.Synced(prefix + "-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-failed", props, e);
        }
    }
}
