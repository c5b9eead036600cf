package org.prisonsync.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.prisonsync.wiring.logging.ConsoleLogging;

/**
 * The CLI's logging, found by logback through {@code META-INF/services}: commands print their own results on
 * standard output, so logs go to standard error and only when something is wrong (WARN and above).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class CliLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%-5level %logger{0} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (ConsoleLogging.fileRequested()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleLogging.configure(context, ConsoleLogging.pattern(context, PATTERN), "System.err", Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
