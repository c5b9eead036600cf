package org.prisonsync.core.visits;

import java.util.List;
import java.util.Optional;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.queue.RetryLadder;

/**
 * Visits as a plug-in: DPS visit events to NOMIS, NOMIS cancellations back, the bulk migration of NOMIS visits, and
 * the visit repairs (resync, cancel a duplicate, remove a migration duplicate).
 */
public final class VisitsDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomisvisits", "prison-sync-to-nomis-visits",
            Direction.TO_NOMIS);
    public static final QueueSpec FROM_NOMIS = QueueSpec.of("fromnomisvisits", "prison-sync-from-nomis-visits",
            Direction.FROM_NOMIS);
    /** Upstream retries a failed migration entity every second and counts the failures at the end. */
    public static final QueueSpec MIGRATION = new QueueSpec("migrationvisits", "prison-sync-migration-visits",
            Direction.MIGRATION, RetryLadder.parse("1, 1, 1, 1"));

    private final VisitsNomisApi nomis;
    private final VisitsDpsApi dps;
    private final VisitRoomMappings rooms;
    private VisitRepairs repairs;
    private VisitMigrationRepairs migrationRepairs;
    private VisitsMigration migration;
    private MappingStore mappings;

    public VisitsDomain(VisitsNomisApi nomis, VisitsDpsApi dps, VisitRoomMappings rooms) {
        this.nomis = nomis;
        this.dps = dps;
        this.rooms = rooms;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(VisitsSync.DOMAIN).maps(VisitsSync.ENTITY_TYPE);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return VisitsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS, FROM_NOMIS, MIGRATION);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        mappings = shared.mappings();
        new VisitsSync(dps, nomis, shared.mappings(), kit.createFlow(), kit.updateFlow(), shared.clock())
                .register(kit);
        repairs = new VisitRepairs(dps, nomis, shared.mappings(), shared.telemetry(), shared.clock());
        migrationRepairs = new VisitMigrationRepairs(dps, nomis, shared.mappings(), shared.telemetry());
        migration = new VisitsMigration(nomis, dps, rooms, shared.clock(), kit.queue(MIGRATION.id()),
                VisitsMigration.DEFAULT_PAGE_SIZE);
        kit.migration(migration);
    }

    /** Resync a visit to NOMIS, cancel a duplicate DPS visit. */
    public VisitRepairs repairs() {
        return installed(repairs);
    }

    /** Remove a DPS visit reported as a duplicate copy of a migrated visit. */
    public VisitMigrationRepairs migrationRepairs() {
        return installed(migrationRepairs);
    }

    /** The visits migration type: room usage and room mappings. */
    public VisitsMigration migration() {
        return installed(migration);
    }

    /** The visit mappings, for the mapping service's own lookups by visit reference or NOMIS visit id. */
    public Optional<Mapping> mappingOf(boolean byNomisId, String id) {
        MappingStore store = installed(mappings);
        return byNomisId ? store.findByNomisId(VisitsSync.ENTITY_TYPE, id)
                : store.findByDpsId(VisitsSync.ENTITY_TYPE, id);
    }

    private <T> T installed(T part) {
        if (part == null) {
            throw new IllegalStateException("the visits domain is not installed in a core yet");
        }
        return part;
    }
}
