package org.prisonsync.core.sync;

/**
 * Where one domain registers its handlers: every registration is in that domain's name, so a handler is reached
 * only from the domain's own queues. The engine's {@code DomainKit} is one; {@link EventRoutes#forDomain} gives
 * another over a bare route table, for tests of a domain's handlers without the whole core.
 */
public interface EventRegistrations {

    /** Handles {@code eventType} when it arrives on one of the domain's queues. */
    EventRegistrations on(String eventType, EventHandler handler);

    /**
     * Lets {@code RETRY_CREATE_MAPPING} save mappings of this entity and mapping type once {@code facts} confirms
     * both sides exist; a type nobody registers is refused.
     */
    EventRegistrations onMappingRetry(String entityName, String entityType, String mappingType, MappingFacts facts);
}
