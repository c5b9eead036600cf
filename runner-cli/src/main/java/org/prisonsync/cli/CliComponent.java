package org.prisonsync.cli;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import java.util.Set;
import javax.inject.Singleton;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.core.trail.TrailTelemetry;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.sqs.SqsModule;
import org.prisonsync.wiring.Domains;
import org.prisonsync.wiring.EngineModule;
import org.prisonsync.wiring.OperationsModule;
import org.prisonsync.wiring.PrisonSyncConfig;

/** The CLI's object graph: the shared wiring's adapters, engine and domains, without listeners or HTTP server. */
@Singleton
@Component(modules = {SqsModule.class, JdbcModule.class, EngineModule.class, OperationsModule.class, Domains.class})
public interface CliComponent {

    PrisonSyncCore core();

    /** Every operation descriptor contributed to {@link OperationsModule}, one subcommand each. */
    Set<Operation> operations();

    /** Every migration type the domains offer, one {@code migrate <type>} command each. */
    Set<MigrationDescriptor> migrationTypes();

    /**
     * What each domain declares it registers (mapped entity types, reconciliation names), read without building a
     * domain; the core refuses to start when they differ from what the domains register.
     */
    Set<org.prisonsync.core.kit.DomainDeclaration> declarations();

    Database database();

    /**
     * The mapping store the core is built over (before its chaos decorator, which only fails saves), on its own:
     * a command that only reads mappings needs the database and this, not every domain's adapters and the engine.
     */
    MappingStore mappingStore();

    /** The migration runs' store the core is built over, on its own, for {@code migrate history}. */
    MigrationHistory migrationHistory();

    /** The event trail's writer: a command's events are written before the process ends. */
    TrailTelemetry trail();

    /** What the graph opened (the trail's writer, the notifier), for closing before the process ends. */
    org.prisonsync.wiring.OpenedResources openedResources();

    /** The operator alerts, closed (posting what gathered) when the process ends. */
    org.prisonsync.core.notify.OperatorNotifier operatorNotifier();

    /** Builds the graph from configuration. */
    @Component.Factory
    interface Factory {
        CliComponent create(@BindsInstance PrisonSyncConfig config,
                @BindsInstance JdbcSettings jdbc, @BindsInstance HttpSettings http,
                            @BindsInstance Clock clock, @BindsInstance Telemetry telemetry);
    }

    static CliComponent build(PrisonSyncConfig config, Telemetry telemetry) {
        return DaggerCliComponent.factory().create(config, config.jdbc(), config.http(),
                Clock.systemUTC(), telemetry);
    }
}
