package org.prisonsync.core.alerts;

import java.time.Clock;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.sync.EventRegistrations;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.sync.UpdateFlow;

/**
 * Registers the alert handlers under the domain {@value #DOMAIN}: both directions and the prisoner-level resync,
 * and the checks a {@code RETRY_CREATE_MAPPING} of either direction must pass.
 * The prisoner events are shared with movement reconciliation, so each domain's queue must be bound to its domain
 * ({@link EventRoutes#bindQueue}).
 */
public final class AlertsSync {
    public static final String DOMAIN = "alerts";
    public static final String ENTITY = "alert";
    public static final String ENTITY_TYPE = "ALERT";

    public static final String CREATED = "person.alert.created";
    public static final String UPDATED = "person.alert.updated";
    public static final String DELETED = "person.alert.deleted";
    public static final String NOMIS_INSERTED = "ALERT-INSERTED";
    public static final String NOMIS_UPDATED = "ALERT-UPDATED";
    public static final String NOMIS_DELETED = "ALERT-DELETED";
    public static final String PRISONER_MERGED = "prison-offender-events.prisoner.merged";
    public static final String BOOKING_MOVED = "prison-offender-events.prisoner.booking.moved";
    public static final String PRISONER_RECEIVED = "prisoner-offender-search.prisoner.received";

    private final AlertPorts alerts;
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final MessageQueue queue;
    private final Clock clock;
    private final SyncSettings settings;

    public AlertsSync(AlertPorts alerts, MappingStore mappings, WriteClaims claims, MessageQueue queue, Clock clock,
                      SyncSettings settings) {
        this.alerts = alerts;
        this.mappings = mappings;
        this.claims = claims;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
    }

    public void register(EventRegistrations routes) {
        CreateFlow create = new CreateFlow(mappings, claims, queue, clock, settings);
        UpdateFlow update = new UpdateFlow(mappings);
        NomisAlertCreateFlow fromNomis = new NomisAlertCreateFlow(alerts.dps(), mappings, create);
        PrisonerAlertsResync resync = new PrisonerAlertsResync(alerts.nomis(), alerts.dps(), mappings,
                alerts.prisonerMappings());
        routes.on(CREATED, new AlertCreatedHandler(alerts.dps(), alerts.nomis(), mappings,
                        alerts.duplicates(), create, clock))
                .on(UPDATED, new AlertUpdatedHandler(alerts.dps(), alerts.nomis(), update))
                .on(DELETED, new AlertDeletedHandler(alerts.nomis(), mappings))
                .on(NOMIS_INSERTED, new NomisAlertInsertedHandler(alerts.nomis(), mappings, fromNomis))
                .on(NOMIS_UPDATED, new NomisAlertUpdatedHandler(alerts.nomis(), alerts.dps(), mappings))
                .on(NOMIS_DELETED, new NomisAlertDeletedHandler(alerts.dps(), mappings))
                .on(PRISONER_MERGED, new PrisonerMergedHandler(resync))
                .on(BOOKING_MOVED, new AlertsBookingMovedHandler(resync))
                .on(PRISONER_RECEIVED, new AlertsPrisonerReceivedHandler(resync))
                .onMappingRetry(ENTITY, ENTITY_TYPE, MappingTypes.DPS_CREATED,
                        new AlertMappingFacts(alerts.nomis(), alerts.dps(), false))
                .onMappingRetry(NomisAlertCreateFlow.ENTITY_NAME, ENTITY_TYPE, MappingTypes.NOMIS_CREATED,
                        new AlertMappingFacts(alerts.nomis(), alerts.dps(), true));
    }
}
