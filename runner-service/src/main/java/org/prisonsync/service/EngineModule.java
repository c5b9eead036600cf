package org.prisonsync.service;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.alerts.ActivePrisoners;
import org.prisonsync.core.alerts.AlertDuplicates;
import org.prisonsync.core.alerts.AlertPorts;
import org.prisonsync.core.alerts.AlertsDpsApi;
import org.prisonsync.core.alerts.AlertsNomisApi;
import org.prisonsync.core.alerts.AlertsSync;
import org.prisonsync.core.alerts.PrisonerMappings;
import org.prisonsync.core.engine.CorePorts;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.migration.MigrationStores;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.core.movements.MovementPorts;
import org.prisonsync.core.movements.MovementsSync;
import org.prisonsync.core.movements.PrisonMovements;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitRoomMappings;
import org.prisonsync.core.visits.VisitsNomisApi;
import org.prisonsync.core.visits.VisitsSync;

/**
 * Binds the core engine to whatever adapters the component holds. Shared by the service's and the CLI's
 * components, so both call the very same core services.
 */
@Module
public final class EngineModule {
    private EngineModule() {
    }

    @Provides
    @Singleton
    static PrisonSyncCore core(ServiceConfig config, MappingStore mappings, WriteClaims claims, MessageQueue queue,
                               QueueAdmin queueAdmin, Telemetry telemetry, Clock clock, VisitsNomisApi nomis,
                               VisitsDpsApi dps, MatchingEventPairs pairs, PrisonMovements prisonMovements,
                               MigrationHistory history, MigrationFailures failures, VisitRoomMappings rooms,
                               AlertsNomisApi alertsNomis, AlertsDpsApi alertsDps, PrisonerMappings prisonerMappings,
                               AlertDuplicates alertDuplicates, ActivePrisoners activePrisoners) {
        MappingStore store = config.chaosMappingSaveFailureRate() > 0
                ? new ChaosMappingStore(mappings, config.chaosMappingSaveFailureRate(), new java.util.Random())
                : mappings;
        PrisonSyncCore core = new PrisonSyncCore(
                new CorePorts(store, claims, queue, queueAdmin, telemetry, clock, nomis, dps),
                new MovementPorts(pairs, prisonMovements, config.movementSettings()),
                new MigrationStores(history, failures, rooms, config.migrationVisits(),
                        MigrationSettingsEnv.from(config.env())),
                new AlertPorts(alertsNomis, alertsDps, prisonerMappings, alertDuplicates, activePrisoners),
                config.queues(), FeatureSwitches.from(config.env()),
                new SyncSettings(SyncSettings.defaults().instanceId(), config.claimLease()));
        // Each queue feeds the domains subscribed to it, so an event type two domains handle is not ambiguous.
        core.routes().bindQueue(config.toNomisVisits().queueName(), VisitsSync.DOMAIN)
                .bindQueue(config.fromNomisVisits().queueName(), VisitsSync.DOMAIN)
                .bindQueue(config.movements().queueName(), MovementsSync.DOMAIN)
                .bindQueue(config.alertsToNomis().queueName(), AlertsSync.DOMAIN)
                .bindQueue(config.alertsFromNomis().queueName(), AlertsSync.DOMAIN);
        return core;
    }
}
