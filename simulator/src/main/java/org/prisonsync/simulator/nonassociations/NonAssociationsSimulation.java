package org.prisonsync.simulator.nonassociations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociationRequest;
import org.prisonsync.core.nonassociations.inmemory.InMemoryNonAssociationsDpsApi;
import org.prisonsync.core.nonassociations.inmemory.InMemoryNonAssociationsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.DomainEvents;
import org.prisonsync.simulator.EventPublisher;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.IdSequence;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Non-associations: the DPS non-associations API (publishing {@code non-associations.created|amended|closed|deleted}
 * to {@value #TO_NOMIS_QUEUE}) and NOMIS's non-association endpoints, over core's in-memory twins; a merge of two
 * prisoners in both systems (publishing {@code prison-offender-events.prisoner.merged}); and a generator of pairs in
 * step with planted reconciliation differences. Control routes under {@code /simulator/non-associations}.
 */
public final class NonAssociationsSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives the non-associations events. */
    public static final String TO_NOMIS_QUEUE = "tonomisnonassociations";

    public static final Plugin PLUGIN = Plugin.of(NonAssociationsSimulation.class, NonAssociationsSimulation::new);

    /** The differences the generator plants, one pair each. */
    public enum Planted { TYPE, DATE, CLOSED_IN_DPS, DPS_ONLY, NOMIS_ONLY }

    /** One planted difference: the pair's key ({@code A1234BC:B2345CD}) and what differs. */
    public record PlantedPair(String key, Planted kind) {
    }

    private final InMemoryNonAssociationsDpsApi dps;
    private final InMemoryNonAssociationsNomisApi nomis;
    private final PrisonersSimulation prisoners;
    private final EventPublisher events;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final RouteTable upstream;

    private NonAssociationsSimulation(SimulationContext context) {
        clock = context.clock();
        events = context.events();
        mapper = context.mapper();
        prisoners = context.domain(PrisonersSimulation.class);
        dps = new InMemoryNonAssociationsDpsApi(clock, IdSequence.from(context.settings()).next());
        nomis = new InMemoryNonAssociationsNomisApi(clock);
        upstream = new NonAssociationRoutes(dps, nomis, prisoners, mapper).table();
    }

    @Override
    public String name() {
        return "non-associations";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
        routes.post("/simulator/non-associations/dps", this::createControl);
        routes.put("/simulator/non-associations/dps/{id}", this::amendControl);
        routes.post("/simulator/non-associations/dps/{id}/close", ctx -> {
            long id = Params.positiveLong(ctx, "id");
            ctx.json(NonAssociationWire.dps(close(id).orElseThrow(() -> ApiError.notFound("no " + id))));
        });
        routes.delete("/simulator/non-associations/dps/{id}", ctx -> {
            long id = Params.positiveLong(ctx, "id");
            if (!delete(id)) {
                throw ApiError.notFound("no non-association " + id);
            }
            ctx.status(204);
        });
        routes.post("/simulator/non-associations/merge", ctx -> {
            JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("retained", "removed");
            merge(prisoner(body, "retained"), prisoner(body, "removed"));
            ctx.status(204);
        });
        routes.get("/simulator/non-associations/nomis/{offenderNo}/{nsOffenderNo}", ctx -> ctx.json(
                nomis.all(Params.prisonerNumber(ctx, "offenderNo"), Params.prisonerNumber(ctx, "nsOffenderNo"))
                        .stream().map(NonAssociationWire::nomis).toList()));
        routes.post("/simulator/non-associations/generate", ctx -> {
            JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("count", "seed");
            int count = body.optionalInt("count").orElseThrow(() -> ApiError.badRequest("count is required"));
            if (count < 0 || count > 100_000) {
                throw ApiError.badRequest("count is 0 to 100000");
            }
            ctx.status(201).json(generate(count, body.optionalInt("seed").orElse(1)));
        });
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("dpsNonAssociations", dps.list().size());
        stats.put("nomisNonAssociations", nomis.count());
        return stats;
    }

    public InMemoryNonAssociationsDpsApi dps() {
        return dps;
    }

    public InMemoryNonAssociationsNomisApi nomis() {
        return nomis;
    }

    /** A DPS user's new non-association (both prisoners admitted if they have no booking); the event follows. */
    public DpsNonAssociation create(String first, String second, String restrictionType, String comment) {
        admitted(first);
        admitted(second);
        DpsNonAssociation na = dps.create(first, "VICTIM", second, "PERPETRATOR", "BULLYING", restrictionType,
                comment, LocalDateTime.now(clock).withNano(0));
        publish("non-associations.created", na.id());
        return na;
    }

    /** A DPS user's change of restriction and comment; {@code non-associations.amended} follows. */
    public Optional<DpsNonAssociation> amend(long id, String restrictionType, String comment) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Optional<DpsNonAssociation> amended = dps.amend(id, old -> new DpsNonAssociation(old.id(),
                old.firstPrisonerNumber(), old.firstPrisonerRole(), old.secondPrisonerNumber(),
                old.secondPrisonerRole(), old.reason(), restrictionType, comment, old.authorisedBy(),
                old.whenCreated(), now, "DPS_USER", old.closed(), old.closedAt()));
        amended.ifPresent(na -> publish("non-associations.amended", id));
        return amended;
    }

    /** A DPS user's close; {@code non-associations.closed} follows. */
    public Optional<DpsNonAssociation> close(long id) {
        Optional<DpsNonAssociation> closed = dps.close(id);
        closed.ifPresent(na -> publish("non-associations.closed", id));
        return closed;
    }

    /** A DPS user's delete; {@code non-associations.deleted} follows. */
    public boolean delete(long id) {
        boolean deleted = dps.delete(id);
        if (deleted) {
            publish("non-associations.deleted", id);
        }
        return deleted;
    }

    /**
     * Merges {@code removed} into {@code retained} in DPS and NOMIS as each does it (DPS closes the moved one of two
     * open non-associations with one third party; NOMIS numbers a moved record after the retained prisoner's), then
     * NOMIS's {@code prison-offender-events.prisoner.merged} follows.
     */
    public void merge(String retained, String removed) {
        if (retained.equals(removed)) {
            throw ApiError.badRequest("a prisoner cannot be merged into themself");
        }
        dps.merge(retained, removed);
        nomis.merge(retained, removed);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("nomsNumber", retained);
        info.put("removedNomsNumber", removed);
        info.put("bookingId", Long.toString(prisoners.currentBooking(retained).orElse(1L)));
        info.put("reason", "MERGE");
        String type = "prison-offender-events.prisoner.merged";
        events.publish(TO_NOMIS_QUEUE, type, DomainEvents.domainEvent(type, "1.0",
                "A prisoner has been merged from " + removed + " to " + retained, clock, info));
    }

    /**
     * {@code count} pairs in step in both systems (not mapped: as if made before the sync) and one pair of each
     * {@link Planted} kind, deterministically from {@code seed}; no events. Answers the planted pairs.
     */
    public List<PlantedPair> generate(int count, int seed) {
        int base = Math.floorMod(seed, 50) * 1_000;
        for (int i = 0; i < count; i++) {
            inStep(number('G', base + i), number('H', base + i), "CELL");
        }
        List<PlantedPair> planted = new ArrayList<>();
        int n = base + count;
        for (Planted kind : Planted.values()) {
            String a = number('J', n);
            String b = number('K', n++);
            switch (kind) {
                case TYPE -> {
                    inStep(a, b, "CELL");
                    NomisNonAssociation record = nomis.all(a, b).get(0);
                    nomis.amend(record.id(), new NomisNonAssociationRequest(a, b, record.reason(),
                            record.recipReason(), "WING", record.authorisedBy(), record.effectiveDate(), null,
                            record.comment()));
                }
                case DATE -> {
                    inStep(a, b, "WING");
                    NomisNonAssociation record = nomis.all(a, b).get(0);
                    nomis.amend(record.id(), new NomisNonAssociationRequest(a, b, record.reason(),
                            record.recipReason(), record.type(), record.authorisedBy(),
                            record.effectiveDate().minusDays(3), null, record.comment()));
                }
                case CLOSED_IN_DPS -> dps.close(inStep(a, b, "LANDING").id());
                case DPS_ONLY -> {
                    admitted(a);
                    admitted(b);
                    dps.create(a, "VICTIM", b, "PERPETRATOR", "THREAT", "CELL", "never reached NOMIS",
                            LocalDateTime.now(clock).withNano(0));
                }
                case NOMIS_ONLY -> {
                    admitted(a);
                    admitted(b);
                    nomisKnows(a);
                    nomisKnows(b);
                    nomis.create(new NomisNonAssociationRequest(a, b, "VIC", "PER", "CELL", null,
                            LocalDateTime.now(clock).toLocalDate(), null, "made in NOMIS only"));
                }
            }
            planted.add(new PlantedPair(a + ":" + b, kind));
        }
        return planted;
    }

    private DpsNonAssociation inStep(String a, String b, String restriction) {
        admitted(a);
        admitted(b);
        nomisKnows(a);
        nomisKnows(b);
        DpsNonAssociation na = dps.create(a, "VICTIM", b, "PERPETRATOR", "BULLYING", restriction, "in step",
                LocalDateTime.now(clock).withNano(0));
        nomis.create(NomisNonAssociationRequest.from(InMemoryNonAssociationsDpsApi.legacy(na)));
        return na;
    }

    private static String number(char letter, int n) {
        return String.format("%c%04dNA", letter, n % 10_000);
    }

    private void admitted(String prisoner) {
        if (prisoners.currentBooking(prisoner).isEmpty()) {
            prisoners.admit(prisoner);
        }
    }

    private void nomisKnows(String prisoner) {
        if (!nomis.knows(prisoner)) {
            nomis.admit(prisoner, prisoners.requireCurrentBooking(prisoner));
        }
    }

    private void publish(String eventType, long id) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", id);
        events.publish(TO_NOMIS_QUEUE, eventType, DomainEvents.domainEvent(eventType, "1.0",
                "A non-association has been " + eventType.substring(eventType.indexOf('.') + 1), clock, info));
    }

    private void createControl(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("firstPrisonerNumber", "secondPrisonerNumber",
                "restrictionType", "comment");
        String restriction = body.optionalText("restrictionType").orElse("CELL");
        if (!List.of("CELL", "LANDING", "WING").contains(restriction)) {
            throw ApiError.badRequest("restrictionType is CELL, LANDING or WING");
        }
        DpsNonAssociation na = create(prisoner(body, "firstPrisonerNumber"), prisoner(body, "secondPrisonerNumber"),
                restriction, body.optionalText("comment").orElse("keep apart"));
        ctx.status(201).json(NonAssociationWire.dps(na));
    }

    private void amendControl(Context ctx) {
        long id = Params.positiveLong(ctx, "id");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("restrictionType", "comment");
        DpsNonAssociation old = dps.get(id).orElseThrow(() -> ApiError.notFound("no non-association " + id));
        String restriction = body.optionalText("restrictionType").orElse(old.restrictionType());
        if (!List.of("CELL", "LANDING", "WING").contains(restriction)) {
            throw ApiError.badRequest("restrictionType is CELL, LANDING or WING");
        }
        ctx.json(NonAssociationWire.dps(amend(id, restriction, body.optionalText("comment").orElse(old.comment()))
                .orElseThrow()));
    }

    private static String prisoner(JsonBody body, String field) {
        String value = body.requiredNonBlank(field);
        if (!Params.isPrisonerNumber(value)) {
            throw ApiError.badRequest(field + " is not a prisoner number (like A1234BC)");
        }
        return value;
    }
}
