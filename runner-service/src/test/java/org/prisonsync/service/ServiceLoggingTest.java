package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class ServiceLoggingTest {

    @Test
    void logbackFindsTheServiceConfigurationWithoutAnyXml() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender("console");

        assertThat(console).as("the appender ServiceLogging adds").isNotNull();
        assertThat(console.getTarget()).isEqualTo("System.out");
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(ServiceLogging.PATTERN);
        assertThat(ServiceLogging.class.getResource("/logback.xml")).as("no XML left to parse").isNull();
    }

    @Test
    void readableLinesByDefaultWithTheNoisyLibrariesKeptToWarnings() {
        String out = captured(null, context -> {
            context.getLogger("org.prisonsync.Example").info("visit 123 synchronised");
            context.getLogger("org.eclipse.jetty.server.Server").info("jetty chatter");
            context.getLogger("org.eclipse.jetty.server.Server").warn("jetty trouble");
            context.getLogger("org.prisonsync.Example").debug("not at INFO");
        });

        assertThat(out.lines()).hasSize(2);
        assertThat(out.lines().toList().get(0)).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  Example - visit 123 synchronised");
        assertThat(out).contains("WARN  Server - jetty trouble").doesNotContain("chatter", "not at INFO");
    }

    @Test
    void jsonLinesCarryTheTelemetryPropertiesAsFieldsSoASearchByPrisonerFindsThem() throws Exception {
        String out = captured("JSON", context -> {
            MDC.put("offenderNo", "A1234BC");
            try {
                context.getLogger("telemetry").info("alert-created-success");
            } finally {
                MDC.remove("offenderNo");
            }
        });

        JsonNode line = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
        assertThat(line.path("offenderNo").asText()).isEqualTo("A1234BC");
        assertThat(line.path("message").asText()).isEqualTo("alert-created-success");
        assertThat(line.path("level").asText()).isEqualTo("INFO");
    }

    @Test
    void aConfigurationFileNamedByTheOperatorWins() {
        LoggerContext context = new LoggerContext();
        System.setProperty("logback.configurationFile", "/etc/prison-sync/logback.xml");
        try {
            ServiceLogging logging = new ServiceLogging(name -> null);
            logging.setContext(context);

            assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            System.clearProperty("logback.configurationFile");
        }
    }

    /** What a fresh context configured with {@code LOG_FORMAT=format} prints on standard output. */
    private static String captured(String format, java.util.function.Consumer<LoggerContext> logging) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());   // a fresh context has none; the one MDC.put writes to
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            ServiceLogging configurator = new ServiceLogging(name -> "LOG_FORMAT".equals(name) ? format : null);
            configurator.setContext(context);
            assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
            logging.accept(context);
        } finally {
            context.stop();
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
