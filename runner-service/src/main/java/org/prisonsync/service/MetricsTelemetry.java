package org.prisonsync.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Counts telemetry events by name as {@code prison_sync_events_total{event="…"}}: alert rules key on names such as
 * {@code to-nomis-synch-visit-duplicate} or {@code *-sent-to-dlq}. Properties are not labels (unbounded values).
 */
public final class MetricsTelemetry implements Telemetry {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Event names are a fixed set, so one counter each; finding it in the registry again cost a builder per event. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @Override
    public void track(String event, Map<String, String> properties) {
        counters.computeIfAbsent(event, name -> Counter.builder("prison_sync_events").tag("event", name)
                .register(registry)).increment();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
