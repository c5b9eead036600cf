package org.prisonsync.service;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.queue.MessageQueue;
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
import org.prisonsync.sqs.SqsEventSources;
import org.prisonsync.sqs.SqsModule;
import org.prisonsync.sqs.SqsSettings;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The service's object graph: one adapter module per outside party, plus the engine. */
@Singleton
@Component(modules = {SqsModule.class, JdbcModule.class, VisitsJdbc.class, AlertsJdbc.class, MovementsJdbc.class,
    MigrationJdbc.class, VisitsHttp.class, AlertsHttp.class, MovementsHttp.class, PrisonersHttp.class,
    EngineModule.class})
public interface ServiceComponent {

    PrisonSyncCore core();

    SqsEventSources eventSources();

    SqsClient sqsClient();

    MessageQueue messageQueue();

    Database database();

    ServiceConfig config();

    /** Builds the graph from configuration; {@code main} does nothing else before starting it. */
    @Component.Factory
    interface Factory {
        ServiceComponent create(@BindsInstance ServiceConfig config, @BindsInstance SqsSettings sqs,
                                @BindsInstance JdbcSettings jdbc, @BindsInstance HttpSettings http,
                                @BindsInstance Clock clock, @BindsInstance Telemetry telemetry);
    }

    static ServiceComponent build(ServiceConfig config, Clock clock, Telemetry telemetry) {
        return DaggerServiceComponent.factory().create(config, config.sqs(), config.jdbc(), config.http(), clock,
                telemetry);
    }
}
