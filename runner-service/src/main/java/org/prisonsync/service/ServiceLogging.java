package org.prisonsync.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.function.UnaryOperator;
import net.logstash.logback.encoder.LogstashEncoder;
import org.prisonsync.wiring.logging.ConsoleLogging;

/**
 * The service's logging, found by logback through {@code META-INF/services} and chosen once, before the first line:
 * readable lines for a person at a terminal, or with {@code LOG_FORMAT=json} (production) one JSON object per line
 * whose telemetry properties (offenderNo, nomisId, dpsId, bookingId …) are top-level fields from the MDC, so a log
 * search by prisoner number finds every event about that prisoner.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ServiceLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

    private final UnaryOperator<String> env;

    public ServiceLogging() {
        this(System::getenv);
    }

    ServiceLogging(UnaryOperator<String> env) {
        this.env = env;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (ConsoleLogging.fileRequested()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleLogging.configure(context, encoder(context), "System.out", Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private Encoder<ILoggingEvent> encoder(LoggerContext context) {
        if ("json".equalsIgnoreCase(env.apply("LOG_FORMAT"))) {
            return new LogstashEncoder();
        }
        return ConsoleLogging.pattern(context, PATTERN);
    }
}
