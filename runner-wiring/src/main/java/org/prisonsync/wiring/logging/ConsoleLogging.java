package org.prisonsync.wiring.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.util.List;

/**
 * Console logging set up in code rather than from a {@code logback.xml}. Reading XML costs logback's whole
 * configuration-language machinery and the JDK's SAX parser — about 640 of the 3,300 classes the CLI loaded for
 * {@code --help} — before the program does anything; each runner's {@code Configurator} (found by logback through
 * {@code META-INF/services}) calls this instead. An operator who names a file with {@code -Dlogback.configurationFile}
 * still gets it: the runners' configurators step aside then.
 */
public final class ConsoleLogging {
    /** Libraries whose INFO lines tell an operator nothing: kept to warnings. */
    static final List<String> QUIET_LIBRARIES = List.of("org.apache.pekko", "org.elasticmq", "software.amazon",
            "org.eclipse.jetty", "io.javalin", "com.zaxxer", "org.flywaydb");

    private ConsoleLogging() {
    }

    /** Whether the operator named a configuration file (then the code configures nothing). */
    public static boolean fileRequested() {
        return System.getProperty("logback.configurationFile") != null;
    }

    /** A pattern encoder, e.g. {@code %-5level %logger{0} - %msg%n}. */
    public static Encoder<ILoggingEvent> pattern(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        return encoder;
    }

    /**
     * One console appender ({@code System.out} or {@code System.err}) with {@code encoder} on the root logger at
     * {@code rootLevel}, and the noisy libraries at WARN.
     */
    public static void configure(LoggerContext context, Encoder<ILoggingEvent> encoder, String target,
                                 Level rootLevel) {
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("console");
        appender.setTarget(target);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel);
        root.addAppender(appender);
        for (String library : QUIET_LIBRARIES) {
            context.getLogger(library).setLevel(Level.WARN);
        }
    }
}
