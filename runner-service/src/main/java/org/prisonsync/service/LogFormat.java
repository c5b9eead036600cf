package org.prisonsync.service;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/** Switches logging to JSON lines when {@code LOG_FORMAT=json} (production), keeping readable lines otherwise. */
final class LogFormat {
    private LogFormat() {
    }

    static void apply(String format) {
        if (!"json".equalsIgnoreCase(format) || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        try {
            context.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormat.class.getResource("/logback-json.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException("could not switch to JSON logs", e);
        }
    }
}
