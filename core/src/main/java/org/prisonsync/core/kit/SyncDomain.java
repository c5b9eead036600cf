package org.prisonsync.core.kit;

import java.util.List;

/**
 * One domain of prison-sync (visits, alerts, incentives …) as a plug-in. A domain is built by its runner wiring from
 * its own ports (its NOMIS and DPS APIs, its stores) and then declares, through {@link #queues()} and
 * {@link #install}, everything the engines need: which queues it consumes, which event types it handles on them,
 * which mappings a {@code RETRY_CREATE_MAPPING} may save for it, its migrations and its scheduled work. The engines
 * iterate over the installed domains and never name one.
 */
public interface SyncDomain {

    /**
     * The domain's name: the {@code feature.event.<domain>.<eventType>} switch, the routing of its queues and the
     * key under which runners and tests find it. Lower case, unique in an installation.
     */
    String name();

    /**
     * What {@link #install} registers that runners list without building the domain (its mapped entity types, its
     * reconciliations): a constant of the domain's class, which its runner wiring contributes too. The kit refuses a
     * registration it does not name.
     */
    DomainDeclaration declaration();

    /** The queues this domain consumes; an event arriving on one of them goes to this domain's handlers only. */
    List<QueueSpec> queues();

    /** Registers the domain's handlers and parts. Called once, when the core is built. */
    void install(DomainKit kit);
}
