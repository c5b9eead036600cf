package org.prisonsync.core.visits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Location;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;

/**
 * The visit operations both runners serve: the runbook repairs (upstream's resynchronise, the duplicate cancel), the
 * removal of a duplicate a migration left, and the visit room mappings a migration of future visits needs. The
 * domain is resolved only when an operation runs, so listing them (the CLI's {@code --help}) builds nothing.
 */
public final class VisitOperations {
    static final String TO_NOMIS_UPDATE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    static final String MIGRATION = "ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW";
    static final String MAPPINGS = "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW";
    private static final Param PRISONER = Param.path("offenderNo", ParamType.PRISONER_NUMBER,
            "the prisoner number (offenderNo)").option("--prisoner");
    private static final Param MAPPED_ID = Param.path("id", ParamType.STRING,
            "the DPS visit reference (with --nomis-id: the NOMIS visit id)").maxLength(100).positional("ID");
    private static final Param PRISON = Param.path("prisonId", ParamType.STRING, "the prison id, e.g. MDI")
            .maxLength(10).positional("PRISON");

    private VisitOperations() {
    }

    /** Every visit operation, reaching the domain through {@code visits} when one runs. */
    public static List<Operation> all(Supplier<VisitsDomain> visits) {
        return List.of(resynchronise(visits), cancelDuplicate(visits), removeMigratedDuplicate(visits),
                roomUsage(visits), roomMappings(visits), addRoomMapping(visits), removeRoomMapping(visits),
                mappingByReference(visits), mappingByNomisId(visits));
    }

    /** The visit mapping service's lookup by DPS reference, kept at its path so its callers keep working. */
    static Operation mappingByReference(Supplier<VisitsDomain> visits) {
        return Operation.query("visits-mapping-by-reference").role(MAPPINGS)
                .get("/mapping/visits/vsipId/{id}").cli("visits", "mapping")
                .summary("The NOMIS visit a DPS visit reference is mapped to.")
                .description("""
                        The visit mapping service's lookup, at its path; with --nomis-id, the reverse. Not found: \
                        exit 4, 404.

                        Example: prison-sync visits mapping ab-cd-ef-gh.""")
                .param(MAPPED_ID)
                .renderer(VisitOperations::renderMapping)
                .handler(p -> found(visits.get().mappingOf(false, p.string("id")), "reference " + p.string("id")));
    }

    /** On the command line, {@code visits mapping --nomis-id}. */
    static Operation mappingByNomisId(Supplier<VisitsDomain> visits) {
        return Operation.query("visits-mapping-by-nomis-id").role(MAPPINGS)
                .get("/mapping/visits/nomisId/{id}").cli("visits", "mapping").cliFlag("--nomis-id")
                .summary("The DPS visit a NOMIS visit id is mapped to.")
                .param(MAPPED_ID)
                .renderer(VisitOperations::renderMapping)
                .handler(p -> found(visits.get().mappingOf(true, p.string("id")), "NOMIS visit " + p.string("id")));
    }

    static String renderMapping(Object body) {
        Mapping m = (Mapping) body;
        return "NOMIS visit " + m.nomisId() + " <-> DPS visit " + m.dpsId() + " (prisoner "
                + (m.prisonerNumber() == null ? "-" : m.prisonerNumber()) + ", " + m.mappingType() + ", saved "
                + m.whenCreated() + ")";
    }

    private static Answer found(java.util.Optional<?> mapping, String what) {
        return mapping.<Answer>map(Answer::done).orElseGet(() -> Answer.notFound("no visit mapping for " + what));
    }

    static Operation resynchronise(Supplier<VisitsDomain> visits) {
        return Operation.repair("visits-resynchronise").role(TO_NOMIS_UPDATE)
                .post("/prisoners/{offenderNo}/visits/resynchronise/{visitId}").cli("visits", "resync")
                .summary("Make NOMIS match one DPS visit, creating and mapping it if NOMIS lacks it.")
                .description("""
                        A visit NOMIS has is updated instead, and cancelled if DPS has cancelled it. Upstream's \
                        resynchronise endpoint: refused (exit 3, 409) unless the visit is that prisoner's. The \
                        command line may leave the prisoner out.

                        Example: prison-sync visits resync ab-cd-ef-gh --prisoner A1234BC --dry-run.""")
                .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "the prisoner number (offenderNo) the"
                        + " visit must belong to; the command line may leave it out").option("--prisoner")
                        .optionalOnTheCommandLine())
                .param(Param.path("visitId", ParamType.STRING, "the DPS visit reference").maxLength(100)
                        .positional("REFERENCE"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> {
                    VisitRepairs repairs = visits.get().repairs();
                    String reference = p.string("visitId");
                    return Answer.of(p.optional("offenderNo", String.class)
                            .map(prisoner -> repairs.resynchronise(prisoner, reference, p.dryRun()))
                            .orElseGet(() -> repairs.resynchronise(reference, p.dryRun())));
                });
    }

    static Operation cancelDuplicate(Supplier<VisitsDomain> visits) {
        return Operation.repair("visits-cancel-duplicate").role(TO_NOMIS_UPDATE)
                .put("/prisoners/{offenderNo}/visits/{nomisVisitId}/cancel-duplicate").cli("visits", "cancel-duplicate")
                .summary("Cancel a duplicate NOMIS visit (outcome ADMIN).")
                .description("""
                        What the runbook does after a 'duplicate visit detected' alert. Refuses to cancel the visit \
                        the mapping points at.

                        Example: prison-sync visits cancel-duplicate --prisoner A1234BC --nomis-visit-id 123 \
                        --dry-run.""")
                .param(PRISONER)
                .param(Param.path("nomisVisitId", ParamType.LONG, "the duplicate NOMIS visit id"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> Answer.of(visits.get().repairs().cancelDuplicate(p.string("offenderNo"),
                        p.longValue("nomisVisitId"), p.dryRun())));
    }

    static Operation removeMigratedDuplicate(Supplier<VisitsDomain> visits) {
        return Operation.repair("visits-migration-remove-duplicate").role(MIGRATION)
                .delete("/migrate/visits/{nomisVisitId}/duplicates/{reference}")
                .cli("migrate", "visits", "remove-duplicate")
                .summary("Remove a DPS visit that is an unmapped copy of a migrated NOMIS visit.")
                .description("""
                        The copy is the duplicateDpsId of a visits-migration-entity-duplicate report. Refuses a \
                        mapped DPS visit, a NOMIS visit with no mapped copy to keep, and a visit of another \
                        prisoner, prison or day.

                        Example: prison-sync migrate visits remove-duplicate --nomis-visit-id 123 --dps-reference \
                        ab-cd-ef-gh --dry-run.""")
                .param(Param.path("nomisVisitId", ParamType.LONG, "the migrated NOMIS visit")
                        .range(1, Long.MAX_VALUE))
                .param(Param.path("reference", ParamType.STRING, "the duplicate DPS visit to remove, like ab-cd-ef-gh")
                        .maxLength(100).option("--dps-reference"))
                .renderer(TextRenderer.REPAIR)
                .handler(p -> {
                    String reference = p.string("reference");
                    if (!VisitMigrationRepairs.isReference(reference)) {
                        throw new InvalidParameterException("reference",
                                "reference must be a DPS visit reference like ab-cd-ef-gh");
                    }
                    return Answer.of(visits.get().migrationRepairs().removeDuplicate(p.longValue("nomisVisitId"),
                            reference, p.dryRun()));
                });
    }

    static Operation roomUsage(Supplier<VisitsDomain> visits) {
        return Operation.query("visit-room-usage").role(MIGRATION)
                .get("/migrate/visits/rooms/usage").cli("migrate", "rooms", "usage")
                .summary("Future visits per NOMIS room and the DPS room it maps to ('-' when unmapped).")
                .description("""
                        A future visit migrates only once its NOMIS room (the internal location description, e.g. \
                        MDI-VISITS-SOC_VIS) is mapped to a DPS room.""")
                .param(Param.query("prisonIds", ParamType.LIST, "prison ids (default all)").maxLength(2000)
                        .option("--prison"))
                .param(Param.query("visitTypes", ParamType.LIST, "SCON or OFFI (default SCON)").maxLength(100)
                        .option("--visit-type"))
                .param(Param.query("fromDateTime", ParamType.DATE_TIME, "visits created at or after (local time)")
                        .option("--from"))
                .param(Param.query("toDateTime", ParamType.DATE_TIME, "visits created at or before (local time)")
                        .option("--to"))
                .renderer(VisitOperations::usageTable)
                .handler(p -> Answer.done(visits.get().migration().roomUsage(new VisitsMigrationFilter(
                        p.list("prisonIds"), p.list("visitTypes"),
                        p.optional("fromDateTime", java.time.LocalDateTime.class).orElse(null),
                        p.optional("toDateTime", java.time.LocalDateTime.class).orElse(null), false))));
    }

    static Operation roomMappings(Supplier<VisitsDomain> visits) {
        return Operation.query("visit-room-mappings").role(MIGRATION)
                .get("/migrate/visits/rooms/mappings/{prisonId}").cli("migrate", "rooms", "list")
                .summary("The room mappings of a prison.")
                .param(PRISON)
                .renderer(VisitOperations::mappingTable)
                .handler(p -> Answer.done(visits.get().migration().roomMappings().forPrison(p.string("prisonId"))
                        .stream().map(VisitOperations::view).toList()));
    }

    static Operation addRoomMapping(Supplier<VisitsDomain> visits) {
        return Operation.command("visit-room-mapping-add").role(MIGRATION)
                .post("/migrate/visits/rooms/mappings/{prisonId}").cli("migrate", "rooms", "add")
                .summary("Map a NOMIS room to a DPS room; its future visits migrate OPEN, or CLOSED with --closed.")
                .description("""
                        Refused (exit 3, 409) when the room is mapped already: remove it first to change it. Over \
                        HTTP, isOpen is false (closed, the restrictive default) unless the body says true.""")
                .param(PRISON)
                .param(Param.body("nomisRoomDescription", ParamType.STRING, "the NOMIS room, e.g. MDI-VISITS-SOC_VIS")
                        .mandatory().positional("NOMIS_ROOM"))
                .param(Param.body("vsipId", ParamType.STRING, "the DPS (VSIP) room id").mandatory()
                        .positional("DPS_ROOM"))
                .param(Param.body("isOpen", ParamType.BOOLEAN, "visits in this room are open visits")
                        .withDefault("false").negatedOnCli("--closed"))
                .renderer(body -> {
                    Map<?, ?> m = (Map<?, ?>) body;
                    return "mapped " + m.get("prisonId") + " " + m.get("nomisRoomDescription") + " -> "
                            + m.get("vsipId") + " (" + (Boolean.TRUE.equals(m.get("isOpen")) ? "OPEN" : "CLOSED")
                            + ")";
                })
                .handler(p -> {
                    VisitRoomMapping mapping = new VisitRoomMapping(p.string("prisonId"),
                            p.string("nomisRoomDescription"), p.string("vsipId"), p.bool("isOpen"));
                    if (!visits.get().migration().roomMappings().create(mapping)) {
                        return Answer.conflict("Room " + mapping.nomisRoomDescription() + " of prison "
                                + mapping.prisonId() + " is already mapped");
                    }
                    return Answer.created(view(mapping));
                });
    }

    static Operation removeRoomMapping(Supplier<VisitsDomain> visits) {
        return Operation.command("visit-room-mapping-remove").role(MIGRATION)
                .delete("/migrate/visits/rooms/mappings/{prisonId}/{room}").cli("migrate", "rooms", "remove")
                .summary("Remove a room mapping.")
                .param(PRISON)
                .param(Param.path("room", ParamType.STRING, "the NOMIS room").positional("NOMIS_ROOM"))
                .handler(p -> {
                    String prison = p.string("prisonId");
                    String room = p.string("room");
                    if (!visits.get().migration().roomMappings().delete(prison, room)) {
                        return Answer.notFound("No room mapping for prison " + prison + " room " + room);
                    }
                    return Answer.noContent("removed the mapping of " + prison + " " + room);
                });
    }

    /** A room mapping as the API answers it. */
    static Map<String, Object> view(VisitRoomMapping mapping) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("prisonId", mapping.prisonId());
        view.put("nomisRoomDescription", mapping.nomisRoomDescription());
        view.put("vsipId", mapping.vsipId());
        view.put("isOpen", mapping.isOpen());
        return view;
    }

    private static String usageTable(Object body) {
        StringBuilder text = new StringBuilder(String.format("%-6s %-36s %8s  %s", "PRISON", "NOMIS ROOM", "VISITS",
                "DPS ROOM"));
        for (Object row : (List<?>) body) {
            VisitRoomUsage u = (VisitRoomUsage) row;
            text.append(System.lineSeparator()).append(String.format("%-6s %-36s %8d  %s", u.prisonId(),
                    u.agencyInternalLocationDescription(), u.count(),
                    u.vsipRoom() == null ? "- (unmapped: these visits will fail)" : u.vsipRoom()));
        }
        return text.toString();
    }

    private static String mappingTable(Object body) {
        StringBuilder text = new StringBuilder(String.format("%-36s %-30s %s", "NOMIS ROOM", "DPS ROOM",
                "RESTRICTION"));
        for (Object row : (List<?>) body) {
            Map<?, ?> m = (Map<?, ?>) row;
            text.append(System.lineSeparator()).append(String.format("%-36s %-30s %s", m.get("nomisRoomDescription"),
                    m.get("vsipId"), Boolean.TRUE.equals(m.get("isOpen")) ? "OPEN" : "CLOSED"));
        }
        return text.toString();
    }
}
