package org.prisonsync.core.telemetry;

import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Writes each event as one log line, with every property also put in the MDC so a JSON encoder emits them as
 * top-level fields: operators search by {@code offenderNo}, {@code nomisId}, {@code dpsId} or {@code bookingId}.
 */
public final class LoggingTelemetry implements Telemetry {
    private static final Logger log = LoggerFactory.getLogger("telemetry");

    @Override
    public void track(String event, Map<String, String> properties) {
        if (!log.isInfoEnabled()) {
            // nothing would be written: skip the copy and the MDC, a few microseconds per event at thousands a second
            return;
        }
        Map<String, String> clean = new TreeMap<>(TelemetryEvent.withoutNulls(properties));
        try {
            MDC.put("event", event);
            clean.forEach(MDC::put);
            log.info("{} {}", event, clean);
        } catch (RuntimeException e) {
            // telemetry never fails a sync
        } finally {
            clean.keySet().forEach(MDC::remove);
            MDC.remove("event");
        }
    }
}
