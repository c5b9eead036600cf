package org.prisonsync.cli;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.http.alerts.AlertsHttp;
import org.prisonsync.http.movements.MovementsHttp;
import org.prisonsync.http.prisoners.PrisonersHttp;
import org.prisonsync.http.visits.VisitsHttp;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.jdbc.alerts.AlertsJdbc;
import org.prisonsync.jdbc.migration.MigrationJdbc;
import org.prisonsync.jdbc.movements.MovementsJdbc;
import org.prisonsync.jdbc.visits.VisitsJdbc;
import org.prisonsync.service.EngineModule;
import org.prisonsync.service.ServiceConfig;
import org.prisonsync.sqs.SqsModule;
import org.prisonsync.sqs.SqsSettings;

/** The CLI's object graph: the service's adapter and engine modules, without listeners or HTTP server. */
@Singleton
@Component(modules = {SqsModule.class, JdbcModule.class, VisitsJdbc.class, AlertsJdbc.class, MovementsJdbc.class,
    MigrationJdbc.class, VisitsHttp.class, AlertsHttp.class, MovementsHttp.class, PrisonersHttp.class,
    EngineModule.class})
public interface CliComponent {

    PrisonSyncCore core();

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
