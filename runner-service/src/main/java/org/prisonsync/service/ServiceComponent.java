package org.prisonsync.service;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import java.util.Set;
import javax.inject.Singleton;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.queue.MessageQueue;
import org.prisonsync.core.telemetry.Telemetry;
import org.prisonsync.http.HttpModule;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.jdbc.AlertsJdbcModule;
import org.prisonsync.jdbc.MigrationJdbcModule;
import org.prisonsync.jdbc.MovementsJdbcModule;
import org.prisonsync.sqs.SqsEventSources;
import org.prisonsync.sqs.SqsModule;
import org.prisonsync.sqs.SqsSettings;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The service's object graph: one adapter module per outside party, plus the engine. */
@Singleton
@Component(modules = {SqsModule.class, JdbcModule.class, MovementsJdbcModule.class, MigrationJdbcModule.class, AlertsJdbcModule.class,
    HttpModule.class, EngineModule.class, OperationsModule.class})
public interface ServiceComponent {

    PrisonSyncCore core();

    /** Every operation descriptor contributed to {@link OperationsModule}. */
    Set<Operation> operations();

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
