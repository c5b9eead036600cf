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
 * {@code appointments.appointment-instance.cancelled} and {@code …uncancelled} → the mapped NOMIS appointment
 * cancelled or reinstated ({@code appointment-cancel-success}, {@code appointment-uncancel-success}); both are
 * idempotent in NOMIS, so a redelivery changes nothing. As upstream: no mapping but the DPS instance exists → retry
 * (its create may be in flight); neither → {@code appointment-cancel-missing-ignored}; NOMIS not having the
 * appointment is tolerated on a cancel (there is nothing left to cancel), retried on an uncancel.
 */
final class AppointmentCancelHandler implements EventHandler {
    private final AppointmentsDpsApi dps;
    private final AppointmentsNomisApi nomis;
    private final MappingStore mappings;
    private final boolean cancel;
    private final String prefix;

    AppointmentCancelHandler(AppointmentsDpsApi dps, AppointmentsNomisApi nomis, MappingStore mappings,
                             boolean cancel) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.cancel = cancel;
        this.prefix = AppointmentsSync.ENTITY + (cancel ? "-cancel" : "-uncancel");
    }

    @Override
    public SyncOutcome handle(Notification notification, MessageContext context) {
        long id = AppointmentEvents.instanceId(notification.asDomainEvent());
        Map<String, String> props = AppointmentEvents.properties("appointmentInstanceId", id);
        try {
            Optional<Mapping> mapping = mappings.findByDpsId(AppointmentsSync.ENTITY_TYPE, Long.toString(id));
            if (mapping.isEmpty()) {
                if (dps.findInstance(id).isEmpty()) {
                    return new SyncOutcome.Ignored(prefix + "-missing-ignored", props,
                            "neither a mapping nor DPS appointment instance " + id);
                }
                return new SyncOutcome.RetryLater(prefix + "-awaiting-parent", props,
                        "no mapping yet for APPOINTMENT " + id);
            }
            long eventId = Long.parseLong(mapping.get().nomisId());
            props.put("nomisEventId", Long.toString(eventId));
            boolean found = cancel ? nomis.cancel(eventId) : nomis.uncancel(eventId);
            context.step(Steps.NOMIS_WRITTEN, "found", found ? null : "false");
            if (!found && !cancel) {
                return new SyncOutcome.RetryLater(prefix + "-failed", props, "NOMIS has no appointment " + eventId);
            }
            if (!found) {
                props.put("nomisMissing", "true");
            }
            return new SyncOutcome.Synced(prefix + "-success", props);
        } catch (UpstreamUnavailable | UpstreamRejected e) {
            return SyncOutcome.RetryLater.upstreamFailed(prefix + "-failed", props, e);
        }
    }
}
