package org.prisonsync.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a domain is started with: the settings, the clock (NOMIS's zone), the JSON mapper, the publisher of events to
 * queues, and the domains started before it (a domain may build on an earlier one, e.g. on the prisoners' bookings).
 */
public final class SimulationContext {
    private final SimulatorSettings settings;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final EventPublisher events;
    private final Map<Class<?>, SimulatedDomain> started = new LinkedHashMap<>();

    SimulationContext(SimulatorSettings settings, Clock clock, ObjectMapper mapper, EventPublisher events) {
        this.settings = settings;
        this.clock = clock;
        this.mapper = mapper;
        this.events = events;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public EventPublisher events() {
        return events;
    }

    /** A domain started before the caller; fails when it is not (yet) one of them, which is a wiring mistake. */
    public <T extends SimulatedDomain> T domain(Class<T> type) {
        SimulatedDomain domain = started.get(type);
        if (domain == null) {
            throw new IllegalStateException(type.getSimpleName() + " is not started before this domain; see "
                    + "SimulatedDomains.all()");
        }
        return type.cast(domain);
    }

    void add(Class<? extends SimulatedDomain> type, SimulatedDomain domain) {
        Objects.requireNonNull(domain, type.getSimpleName());
        started.put(type, domain);
    }

    List<SimulatedDomain> domains() {
        return List.copyOf(started.values());
    }
}
