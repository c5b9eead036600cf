package org.prisonsync.service;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Records what the service logs (every logger, at the levels configured) while a test runs. */
public final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Events of loggers under one of {@code prefixes} at {@code level} or above. */
    public List<ILoggingEvent> atLeast(Level level, String... prefixes) {
        return events(prefixes).stream().filter(e -> e.getLevel().isGreaterOrEqual(level)).toList();
    }

    /** Events of loggers under one of {@code prefixes} that carry a stack trace. */
    public List<ILoggingEvent> withStackTrace(String... prefixes) {
        return events(prefixes).stream().filter(e -> e.getThrowableProxy() != null).toList();
    }

    private List<ILoggingEvent> events(String... prefixes) {
        synchronized (appender) {
            return appender.list.stream()
                    .filter(e -> List.of(prefixes).stream().anyMatch(p -> e.getLoggerName().startsWith(p)))
                    .toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
