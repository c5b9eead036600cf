package org.prisonsync.core.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which handler takes which event type, and which domain it belongs to (for the
 * {@code feature.event.<domain>.<eventType>} switch). Domains register themselves at start-up.
 */
public final class EventRoutes {

    /** A registered event route. */
    public record Route(String domain, String eventType, EventHandler handler) {
    }

    private final Map<String, Route> events = new LinkedHashMap<>();
    private final Map<String, InternalHandler> internal = new LinkedHashMap<>();

    public EventRoutes on(String domain, String eventType, EventHandler handler) {
        if (events.putIfAbsent(eventType, new Route(domain, eventType, handler)) != null) {
            throw new IllegalStateException("event type " + eventType + " already has a handler");
        }
        return this;
    }

    public EventRoutes onInternal(String type, InternalHandler handler) {
        if (internal.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("internal message type " + type + " already has a handler");
        }
        return this;
    }

    public Optional<Route> route(String eventType) {
        return Optional.ofNullable(events.get(eventType));
    }

    public Optional<InternalHandler> internal(String type) {
        return Optional.ofNullable(internal.get(type));
    }

    public Set<String> eventTypes() {
        return Collections.unmodifiableSet(events.keySet());
    }
}
