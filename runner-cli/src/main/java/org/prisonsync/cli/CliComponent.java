package org.prisonsync.cli;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import java.util.Set;
import javax.inject.Singleton;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.jdbc.AlertsJdbcModule;
import org.prisonsync.jdbc.MigrationJdbcModule;
import org.prisonsync.jdbc.MovementsJdbcModule;
import org.prisonsync.service.EngineModule;
import org.prisonsync.service.OperationsModule;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.sqs.SqsModule;
import org.prisonsync.sqs.SqsSettings;

/** The CLI's object graph: the service's adapter and engine modules, without listeners or HTTP server. */
@Singleton
@Component(modules = {SqsModule.class, JdbcModule.class, MovementsJdbcModule.class, MigrationJdbcModule.class, AlertsJdbcModule.class,
    HttpModule.class, EngineModule.class, OperationsModule.class})
public interface CliComponent {

    PrisonSyncCore core();

    /** Every operation descriptor contributed to {@link OperationsModule}, one subcommand each. */
    Set<Operation> operations();

    Database database();

    /** Builds the graph from configuration. */
    @Component.Factory
    interface Factory {
        CliComponent create(@BindsInstance ServiceConfig config, @BindsInstance SqsSettings sqs,
                            @BindsInstance JdbcSettings jdbc, @BindsInstance HttpSettings http,
                            @BindsInstance Clock clock, @BindsInstance Telemetry telemetry);
    }

    static CliComponent build(ServiceConfig config, Telemetry telemetry) {
        return DaggerCliComponent.factory().create(config, config.sqs(), config.jdbc(), config.http(),
                Clock.systemUTC(), telemetry);
    }
}
