package org.prisonsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CliLoggingTest {

    @Test
    void logbackFindsTheCliConfigurationWithoutAnyXml() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender("console");

        assertThat(console).as("the appender CliLogging adds").isNotNull();
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(CliLogging.PATTERN);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(CliLogging.class.getResource("/logback.xml")).as("no XML left to parse").isNull();
    }

    @Test
    void onlyWarningsReachStandardErrorAndNothingReachesStandardOutput() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());   // a fresh context has none
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            CliLogging logging = new CliLogging();
            logging.setContext(context);
            logging.configure(context);
            context.getLogger("org.prisonsync.cli.Example").info("progress chatter");
            context.getLogger("org.prisonsync.cli.Example").warn("the queue is missing");
        } finally {
            context.stop();
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(outBytes.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEqualTo("WARN  Example - the queue is missing\n");
    }
}
