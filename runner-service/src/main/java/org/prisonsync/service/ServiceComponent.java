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
import org.prisonsync.sqs.SqsEventSources;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcModule;
import org.prisonsync.jdbc.JdbcSettings;
import org.prisonsync.http.HttpSettings;
import org.prisonsync.sqs.SqsModule;
import org.prisonsync.wiring.Domains;
import org.prisonsync.wiring.EngineModule;
import org.prisonsync.core.trail.TrailTelemetry;
import org.prisonsync.wiring.OperationsModule;
import org.prisonsync.wiring.PrisonSyncConfig;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The service's object graph: the shared adapters (queues, database), the engine and the installed domains, each of
 * which brings its own adapter modules.
 */
@Singleton
@Component(modules = {SqsModule.class, JdbcModule.class, EngineModule.class, OperationsModule.class, Domains.class})
public interface ServiceComponent {

    PrisonSyncCore core();

    /** Every operation descriptor contributed to {@link OperationsModule}. */
    Set<Operation> operations();

    SqsEventSources eventSources();

    SqsClient sqsClient();

    MessageQueue messageQueue();

    Database database();

    /** The event trail's writer, closed before the database so what waits is written. */
    TrailTelemetry trail();

    /** The operator alerts, closed (posting what gathered) when the process ends. */
    org.prisonsync.core.notify.OperatorNotifier operatorNotifier();

    ServiceConfig config();

    /** Builds the graph from configuration; {@code main} does nothing else before starting it. */
    @Component.Factory
    interface Factory {
        ServiceComponent create(@BindsInstance ServiceConfig config, @BindsInstance PrisonSyncConfig common,
                @BindsInstance JdbcSettings jdbc, @BindsInstance HttpSettings http,
                                @BindsInstance Clock clock, @BindsInstance Telemetry telemetry);
    }

    static ServiceComponent build(ServiceConfig config, Clock clock, Telemetry telemetry) {
        return DaggerServiceComponent.factory().create(config, config.common(), config.jdbc(), config.http(), clock,
                telemetry);
    }
}
