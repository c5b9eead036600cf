package org.prisonsync.core.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which handler takes which event type, and which domain it belongs to (for the
 * {@code feature.event.<domain>.<eventType>} switch). Domains register themselves at start-up.
 *
 * <p>Several domains may handle the same event type (a prisoner received matters to movement reconciliation and to
 * alerts), each on its own queue, as upstream subscribes one queue per service to the same topic. A queue bound to
 * domains ({@link #bindQueue}) routes only to their handlers; an unbound queue routes to the event type's only
 * handler, and refuses to guess when there are several.
 */
public final class EventRoutes {

    /** A registered event route. */
    public record Route(String domain, String eventType, EventHandler handler) {
    }

    /**
     * Who may finish a create with {@code RETRY_CREATE_MAPPING}: mappings of {@code entityType} and
     * {@code mappingType}, sent under {@code entityName}, checked by {@code facts}.
     */
    public record MappingRetryRoute(String entityName, String entityType, String mappingType, MappingFacts facts) {
    }

    private final Map<String, List<Route>> events = new LinkedHashMap<>();
    private final Map<String, InternalHandler> internal = new LinkedHashMap<>();
    private final Map<String, String> internalOwners = new LinkedHashMap<>();
    private final Map<String, Set<String>> domainsByQueue = new LinkedHashMap<>();
    private final Map<String, MappingRetryRoute> mappingRetries = new LinkedHashMap<>();

    public EventRoutes on(String domain, String eventType, EventHandler handler) {
        List<Route> routes = events.computeIfAbsent(eventType, t -> new ArrayList<>());
        if (routes.stream().anyMatch(r -> r.domain().equals(domain))) {
            throw new IllegalStateException("event type " + eventType + " already has a handler in " + domain);
        }
        routes.add(new Route(domain, eventType, handler));
        return this;
    }

    /** An engine's internal message ({@code RETRY_CREATE_MAPPING}, a migration's): handled on any queue. */
    public EventRoutes onInternal(String type, InternalHandler handler) {
        if (internal.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("internal message type " + type + " already has a handler");
        }
        return this;
    }

    /**
     * A domain's own internal message (a delayed follow-up it sends itself): handled only when it arrives on one of
     * that domain's queues, so nobody can reach the handler by writing the type onto another queue.
     */
    public EventRoutes onInternal(String domain, String type, InternalHandler handler) {
        onInternal(type, handler);
        internalOwners.put(type, Objects.requireNonNull(domain, "domain"));
        return this;
    }

    /**
     * Lets {@code RETRY_CREATE_MAPPING} save mappings of this entity type and mapping type (the direction of the
     * create), once {@code facts} confirms them. Types nobody registers are refused: deny by default.
     */
    public EventRoutes onMappingRetry(String entityName, String entityType, String mappingType, MappingFacts facts) {
        MappingRetryRoute route = new MappingRetryRoute(entityName, entityType, mappingType, facts);
        if (mappingRetries.putIfAbsent(entityType + "/" + mappingType, route) != null) {
            throw new IllegalStateException("mappings " + entityType + "/" + mappingType + " already have a check");
        }
        return this;
    }

    /** The registration for mappings of this entity type and mapping type; empty when none. */
    public Optional<MappingRetryRoute> mappingRetry(String entityType, String mappingType) {
        return Optional.ofNullable(mappingRetries.get(entityType + "/" + mappingType));
    }

    /**
     * The entity types whose mappings the domains save (each registered a mapping retry for it), sorted: what an
     * operator may look a mapping up under without knowing its type.
     */
    public java.util.SortedSet<String> mappedEntityTypes() {
        java.util.SortedSet<String> types = new java.util.TreeSet<>();
        mappingRetries.values().forEach(route -> types.add(route.entityType()));
        return types;
    }

    /** Messages from {@code queueName} go to these domains' handlers only. */
    public EventRoutes bindQueue(String queueName, String... domains) {
        domainsByQueue.computeIfAbsent(queueName, q -> new LinkedHashSet<>()).addAll(List.of(domains));
        return this;
    }

    /** Registrations in {@code domain}'s name over this table. */
    public EventRegistrations forDomain(String domain) {
        EventRoutes routes = this;
        return new EventRegistrations() {
            @Override
            public EventRegistrations on(String eventType, EventHandler handler) {
                routes.on(domain, eventType, handler);
                return this;
            }

            @Override
            public EventRegistrations onMappingRetry(String entityName, String entityType, String mappingType,
                                                     MappingFacts facts) {
                routes.onMappingRetry(entityName, entityType, mappingType, facts);
                return this;
            }
        };
    }

    /** The route for an event type wherever it arrives; empty when no domain, or several, handle it. */
    public Optional<Route> route(String eventType) {
        List<Route> routes = events.getOrDefault(eventType, List.of());
        return routes.size() == 1 ? Optional.of(routes.get(0)) : Optional.empty();
    }

    /** The route for an event type arriving on a queue (see the class comment). */
    public Optional<Route> route(String queueName, String eventType) {
        Set<String> bound = domainsByQueue.get(queueName);
        if (bound == null) {
            return route(eventType);
        }
        return events.getOrDefault(eventType, List.of()).stream().filter(r -> bound.contains(r.domain())).findFirst();
    }

    public Optional<InternalHandler> internal(String type) {
        return Optional.ofNullable(internal.get(type));
    }

    /** The handler for an internal message arriving on a queue: a domain's own type only on its own queues. */
    public Optional<InternalHandler> internal(String queueName, String type) {
        String owner = internalOwners.get(type);
        if (owner != null && !domainsByQueue.getOrDefault(queueName, Set.of()).contains(owner)) {
            return Optional.empty();
        }
        return internal(type);
    }

    public Set<String> eventTypes() {
        return Collections.unmodifiableSet(events.keySet());
    }
}
