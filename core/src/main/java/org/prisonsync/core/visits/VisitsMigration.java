package org.prisonsync.core.visits;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.migration.EntityWrite;
import org.prisonsync.core.migration.MigrationDescriptor;
import org.prisonsync.core.migration.MigrationType;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.queue.RetryLadder;

/**
 * The visits migration (upstream {@code VISITS}, queue {@code migrationvisits}): pages the NOMIS visit ids a filter
 * selects and writes each visit to the DPS visit scheduler's {@code POST /migrate-visits}. A future visit needs a
 * room mapping; without one it fails ({@code nomis-migration-visit-no-room-mapping}) and is retried, then given up
 * on, so that adding the mapping and retrying the DLQ finishes it. DPS refusing a visit (422), or NOMIS no longer
 * having it, is final.
 */
public final class VisitsMigration implements MigrationType<VisitsMigrationFilter> {
    /**
     * How the runners offer the visits migration: {@code migrate visits} with an option per field of upstream's
     * filter ({@link VisitsMigrationFilter}, which reads the body as strictly again).
     */
    public static final MigrationDescriptor DESCRIPTOR = MigrationDescriptor.of("VISITS")
            .entities("visit", "visits")
            .summary("Migrate the NOMIS visits a filter selects (all prisons and SCON when none given).")
            .description("""
                    --from/--to select by the visit's CREATION time (local), so a later run can take only what was \
                    created since. Future visits need their room mapped ('migrate rooms').

                    Example: prison-sync migrate visits --prison MDI --wait.""")
            .filter(Param.body("prisonIds", ParamType.LIST, "a prison id (repeat for several; default all)")
                            .optional().maxLength(2000).option("--prison"),
                    Param.body("visitTypes", ParamType.LIST, "SCON or OFFI (repeat; default SCON)").optional()
                            .maxLength(100).option("--visit-type"),
                    Param.body("fromDateTime", ParamType.DATE_TIME, "created at or after, e.g. 2026-01-01T00:00:00")
                            .optional().option("--from"),
                    Param.body("toDateTime", ParamType.DATE_TIME, "created at or before").optional().option("--to"),
                    Param.body("ignoreMissingRoom", ParamType.BOOLEAN, "leave out visits without a room")
                            .withDefault("false"));
    public static final String NAME = DESCRIPTOR.name();
    public static final String TELEMETRY_NAME = "visits";
    public static final int DEFAULT_PAGE_SIZE = 1000;

    private final VisitsNomisApi nomis;
    private final VisitsDpsApi dps;
    /** How long a found room mapping is trusted; see {@link CachedVisitRoomMappings}. */
    static final Duration ROOM_CACHE_TTL = Duration.ofSeconds(10);
    private final VisitRoomMappings rooms;
    private final Clock clock;
    private final QueueDefinition queue;
    private final int pageSize;

    public VisitsMigration(VisitsNomisApi nomis, VisitsDpsApi dps, VisitRoomMappings rooms, Clock clock,
                           QueueDefinition queue, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.nomis = nomis;
        this.dps = dps;
        this.rooms = new CachedVisitRoomMappings(rooms, clock, ROOM_CACHE_TTL);
        this.clock = clock;
        this.queue = queue;
        this.pageSize = pageSize;
    }

    /**
     * Upstream's visits migration queue: every failed delivery retried after a second ({@code 1, 1, 1, 1}) because
     * failures are counted from the DLQ at the end, so they should get there fast.
     */
    public static QueueDefinition defaultQueue() {
        return QueueDefinition.withDefaults("migrationvisits", "prison-sync-migration-visits",
                "prison-sync-migration-visits-dlq").withLadder(RetryLadder.parse("1, 1, 1, 1"));
    }

    @Override
    public MigrationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public String telemetryName() {
        return TELEMETRY_NAME;
    }

    @Override
    public String entityType() {
        return VisitsSync.ENTITY_TYPE;
    }

    @Override
    public QueueDefinition queue() {
        return queue;
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public VisitsMigrationFilter filterFrom(Map<String, Object> json) {
        return VisitsMigrationFilter.fromJson(json);
    }

    @Override
    public Map<String, Object> filterJson(VisitsMigrationFilter filter) {
        return filter.toJson();
    }

    @Override
    public long count(VisitsMigrationFilter filter) {
        return nomis.findVisitIds(filter, 0, 1).totalElements();
    }

    @Override
    public List<String> pageOfIds(VisitsMigrationFilter filter, int pageNumber, int size) {
        return nomis.findVisitIds(filter, pageNumber, size).visitIds().stream().map(String::valueOf).toList();
    }

    @Override
    public String duplicateEvent() {
        return "nomis-migration-visit-duplicate";
    }

    @Override
    public EntityWrite migrate(String nomisId, String migrationId) {
        return migrateVisit(nomisId, null);
    }

    /**
     * A resumed attempt looks for the visit in DPS first (search by prisoner, prison and day, then the same content):
     * an unmapped copy is adopted rather than written again, and any further unmapped copies are reported.
     */
    @Override
    public EntityWrite migrateResumed(String nomisId, String migrationId, Predicate<String> mappedDpsId) {
        return migrateVisit(nomisId, mappedDpsId);
    }

    /** {@code mappedDpsId} null: a fresh claim, nothing to look for. */
    private EntityWrite migrateVisit(String nomisId, Predicate<String> mappedDpsId) {
        long visitId = Long.parseLong(nomisId);
        Optional<VisitsMigrationSource> found = nomis.findVisitForMigration(visitId);
        if (found.isEmpty()) {
            // deleted in NOMIS since its page was read: no retry can bring it back
            return new EntityWrite.Failed("visits-migration-entity-failed", Map.of("visitId", nomisId),
                    "NOMIS visit " + nomisId + " not found", true);
        }
        NomisVisit visit = found.get().visit();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("prisonId", visit.prisonId());
        props.put("offenderNo", visit.offenderNo());
        props.put("visitId", nomisId);
        props.put("startDateTime", String.valueOf(visit.startDateTime()));
        boolean future = VisitsMigrationTranslation.isFuture(visit, LocalDate.now(clock));
        Optional<VisitRoomMapping> room = Optional.empty();
        if (future) {
            room = visit.room() == null ? Optional.empty() : rooms.find(visit.prisonId(), visit.room());
            if (room.isEmpty()) {
                props.put("nomisRoomDescription", visit.room());
                return new EntityWrite.Failed("nomis-migration-visit-no-room-mapping", props,
                        "no room mapping for prison " + visit.prisonId() + " room '" + visit.room() + "'", false);
            }
        }
        VisitsMigrationRequest request;
        try {
            request = VisitsMigrationTranslation.toDps(found.get(), room, future);
        } catch (IllegalArgumentException e) {
            return new EntityWrite.Failed("nomis-migration-visit-rejected", props, e.getMessage(), true);
        }
        props.put("room", request.visitRoom());
        List<DpsVisit> copies = mappedDpsId == null || request.prisonId() == null ? List.of()
                : MigratedVisitCopies.unmapped(dps, request, mappedDpsId);
        if (!copies.isEmpty()) {
            props.put("vsipVisitId", copies.get(0).reference());
            props.put("foundExisting", "true");
            return new EntityWrite.Written(copies.get(0).reference(), visit.offenderNo(), props,
                    copies.subList(1, copies.size()).stream().map(DpsVisit::reference).toList());
        }
        String reference;
        try {
            reference = dps.migrateVisit(request);
        } catch (UpstreamRejected e) {
            if (e.status() != 422) {
                throw e;
            }
            return new EntityWrite.Failed("nomis-migration-visit-rejected", props, e.getMessage(), true);
        }
        props.put("vsipVisitId", reference);
        return new EntityWrite.Written(reference, visit.offenderNo(), props);
    }

    @Override
    public List<String> warnings(VisitsMigrationFilter filter) {
        List<String> warnings = new ArrayList<>();
        for (VisitRoomUsage usage : roomUsage(filter)) {
            if (usage.vsipRoom() == null) {
                warnings.add(usage.count() + " future visit(s) at " + usage.prisonId() + " use room '"
                        + usage.agencyInternalLocationDescription() + "', which has no room mapping: they will fail"
                        + " until it is mapped");
            }
        }
        return warnings;
    }

    /** Future room usage with the mapped DPS room, for {@code GET /migrate/visits/rooms/usage}. */
    public List<VisitRoomUsage> roomUsage(VisitsMigrationFilter filter) {
        return nomis.roomUsage(filter).stream()
                .map(u -> u.withVsipRoom(rooms.find(u.prisonId(), u.agencyInternalLocationDescription())
                        .map(VisitRoomMapping::vsipId).orElse(null)))
                .toList();
    }

    public VisitRoomMappings roomMappings() {
        return rooms;
    }
}
