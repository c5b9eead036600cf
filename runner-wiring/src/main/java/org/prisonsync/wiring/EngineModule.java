package org.prisonsync.wiring;

import dagger.Module;
import dagger.Provides;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.inject.Singleton;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.migration.MigrationFailures;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.migration.MigrationStores;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.sync.SyncSettings;
import org.prisonsync.core.notify.NotifySettings;
import org.prisonsync.core.notify.OperatorNotifier;
import org.prisonsync.core.telemetry.FanOutTelemetry;
import org.prisonsync.http.notify.OkHttpChatWebhook;
import okhttp3.OkHttpClient;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.TrailSettings;
import org.prisonsync.core.trail.TrailTelemetry;
import org.prisonsync.jdbc.migration.MigrationJdbc;
import org.prisonsync.jdbc.reconciliation.ReconciliationJdbcModule;
import org.prisonsync.jdbc.trail.TrailJdbcModule;
import org.prisonsync.sqs.SqsSettings;

/**
 * Builds the core from the shared ports and every domain the component's wiring contributes (each domain's Dagger
 * module adds itself to the set), and configures the queues those domains declare. Shared by the service's and the
 * CLI's components, so both call the very same core. Names no domain.
 */
@Module(includes = {DatabaseModule.class, MigrationJdbc.class, ReconciliationJdbcModule.class,
        TrailJdbcModule.class})
public final class EngineModule {
    private EngineModule() {
    }

    /** The installed domains, in a stable order (by name), whatever order the modules contribute them in. */
    @Provides
    @Singleton
    static List<SyncDomain> domains(Set<SyncDomain> contributed) {
        return contributed.stream().sorted(Comparator.comparing(SyncDomain::name)).toList();
    }

    /** Every queue the domains declare, as configuration names it. */
    @Provides
    @Singleton
    static List<QueueDefinition> queues(List<SyncDomain> domains, PrisonSyncConfig config) {
        return config.queues(domains.stream().flatMap(d -> d.queues().stream()).toList());
    }

    @Provides
    @Singleton
    static SqsSettings sqs(PrisonSyncConfig config, List<QueueDefinition> queues) {
        return config.sqs().withQueues(queues);
    }

    @Provides
    @Singleton
    static PrisonSyncCore core(PrisonSyncConfig config, List<SyncDomain> domains, List<QueueDefinition> queues,
                               MappingStore mappings, WriteClaims claims, MessageQueue queue, QueueAdmin queueAdmin,
                               Telemetry telemetry, Clock clock, MigrationHistory history,
                               MigrationFailures failures, ReconciliationRuns runs,
                               ReconciliationExclusions exclusions, TrailTelemetry trail,
                               OperatorNotifier operatorNotifier, Set<MigrationDescriptor> offeredMigrations,
                               Set<DomainDeclaration> declared) {
        MappingStore store = config.chaosMappingSaveFailureRate() > 0
                ? new ChaosMappingStore(mappings, config.chaosMappingSaveFailureRate(), new Random())
                : mappings;
        PrisonSyncCore core = PrisonSyncCore.builder(new SharedPorts(store, claims, queue, queueAdmin,
                        new FanOutTelemetry(List.of(telemetry, trail, operatorNotifier)), clock))
                .domains(domains)
                .queues(queues)
                .switches(FeatureSwitches.from(config.env()))
                .settings(new SyncSettings(SyncSettings.defaults().instanceId(), config.claimLease()))
                .migrationStores(new MigrationStores(history, failures, MigrationSettingsEnv.from(config.env())))
                .reconciliationStores(runs, exclusions)
                .build();
        core.migrations().types().requireOffered(offeredMigrations);
        core.requireDeclared(declared);
        operatorNotifier.rules(config.variables().has("ALERTS_WEBHOOK_URL") ? core.notifyRules() : List.of());
        return core;
    }

    /**
     * Operator alerts to a Slack-compatible webhook: {@code ALERTS_WEBHOOK_URL} (off when unset),
     * {@code ALERTS_WINDOW_SECONDS} (60, 1 to 3600: how long alerts gather before they are posted, one post per
     * event). Whoever holds the component closes it, posting what gathered.
     */
    @Provides
    @Singleton
    static OperatorNotifier operatorNotifier(PrisonSyncConfig config, OkHttpClient http, OpenedResources opened) {
        Env env = config.variables();
        int seconds = env.integer("ALERTS_WINDOW_SECONDS", (int) NotifySettings.DEFAULTS.window().toSeconds());
        if (seconds < 1 || seconds > 3600) {
            throw new IllegalArgumentException("ALERTS_WINDOW_SECONDS must be between 1 and 3600, not " + seconds);
        }
        NotifySettings settings = new NotifySettings(Duration.ofSeconds(seconds),
                NotifySettings.DEFAULTS.maxPostsPerWindow(), NotifySettings.DEFAULTS.examplesPerPost());
        if (!env.has("ALERTS_WEBHOOK_URL")) {
            return opened.opened(new OperatorNotifier(text -> {
                throw new IllegalStateException("no ALERTS_WEBHOOK_URL");
            }, settings));
        }
        return opened.opened(new OperatorNotifier(new OkHttpChatWebhook(http, env.get("ALERTS_WEBHOOK_URL", null)),
                settings).start());
    }

    /**
     * The event trail's writer, fed by every event the core tracks, each sync's outcome with the steps inside it (the
     * one sink of the shared telemetry that keeps steps). {@code EVENTS_TRAIL} (true) turns it
     * off, {@code EVENTS_RETENTION_DAYS} (14, 1 to 3650) says how long entries are kept,
     * {@code EVENTS_TRAIL_LEAVE_OUT} which events are not written ({@code *-migration-entity-migrated}; {@code none}). Whoever holds the component closes
     * it (writing what waits) before the database.
     */
    @Provides
    @Singleton
    static TrailTelemetry trail(EventTrail trail, Clock clock, PrisonSyncConfig config, OpenedResources opened) {
        Env env = config.variables();
        int days = env.integer("EVENTS_RETENTION_DAYS", (int) TrailSettings.DEFAULTS.retention().toDays());
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("EVENTS_RETENTION_DAYS must be between 1 and 3650, not " + days);
        }
        String leftOut = env.get("EVENTS_TRAIL_LEAVE_OUT", String.join(",", TrailSettings.LEFT_OUT_BY_DEFAULT)).strip();
        return opened.opened(TrailTelemetry.start(trail, clock, TrailSettings.DEFAULTS
                .withEnabled(env.bool("EVENTS_TRAIL", true)).withRetention(Duration.ofDays(days))
                .withLeftOut(leftOut.equals("none") ? List.of() : java.util.Arrays.stream(leftOut.split(","))
                        .map(String::strip).peek(EngineModule::checkLeftOut).toList())));
    }

    private static void checkLeftOut(String event) {
        if (!event.matches("\\*?[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("EVENTS_TRAIL_LEAVE_OUT lists event names or *-suffixes, comma"
                    + " separated, or none; not '" + event + "'");
        }
    }
}
