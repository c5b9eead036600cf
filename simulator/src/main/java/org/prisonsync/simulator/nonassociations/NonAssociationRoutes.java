package org.prisonsync.simulator.nonassociations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.nonassociations.DpsNonAssociation;
import org.prisonsync.core.nonassociations.NomisNonAssociationId;
import org.prisonsync.core.nonassociations.NomisNonAssociationRequest;
import org.prisonsync.core.nonassociations.inmemory.InMemoryNonAssociationsDpsApi;
import org.prisonsync.core.nonassociations.inmemory.InMemoryNonAssociationsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;
import org.prisonsync.simulator.store.SpringPage;

/**
 * The DPS non-associations API's reads and NOMIS's non-association endpoints at their real paths, as a table over
 * core's in-memory twins. NOMIS's create needs both prisoners to have a booking (the prisoners domain's); its
 * {@code …/all} answers 404 for a pair without records, as NOMIS does.
 */
final class NonAssociationRoutes {
    private static final String RECORD = "/non-associations/offender/{offenderNo}/ns-offender/{nsOffenderNo}";
    private static final String SEQUENCE = RECORD + "/sequence/{typeSequence}";
    private static final int MAX_LIST = 1_000;

    private final InMemoryNonAssociationsDpsApi dps;
    private final InMemoryNonAssociationsNomisApi nomis;
    private final PrisonersSimulation prisoners;
    private final ObjectMapper mapper;

    NonAssociationRoutes(InMemoryNonAssociationsDpsApi dps, InMemoryNonAssociationsNomisApi nomis,
                         PrisonersSimulation prisoners, ObjectMapper mapper) {
        this.dps = dps;
        this.nomis = nomis;
        this.prisoners = prisoners;
        this.mapper = mapper;
    }

    RouteTable table() {
        return RouteTable.builder()
                // DPS
                .find("/legacy/api/non-associations/{id}", ctx -> Params.positiveLong(ctx, "id"), dps::find,
                        NonAssociationWire::legacy, id -> "Non-association " + id + " not found")
                .hook(Method.POST, "/non-associations/between", ctx -> listed(ctx, 2, (na, wanted) ->
                        wanted.contains(na.firstPrisonerNumber()) && wanted.contains(na.secondPrisonerNumber())))
                .hook(Method.POST, "/non-associations/involving", ctx -> listed(ctx, 1, (na, wanted) ->
                        wanted.contains(na.firstPrisonerNumber()) || wanted.contains(na.secondPrisonerNumber())))
                .page("/non-associations", this::pageQuery, q -> SpringPage.slice(dps.list().stream()
                        .filter(q.filter()).toList(), q.page(), q.size()), NonAssociationWire::dps)
                // NOMIS
                .hook(Method.POST, "/non-associations", this::create)
                .change(Method.PUT, SEQUENCE, this::amend)
                .change(Method.PUT, SEQUENCE + "/close", ctx -> {
                    if (!nomis.close(id(ctx))) {
                        throw ApiError.notFound("No non-association " + id(ctx));
                    }
                })
                .delete(SEQUENCE, NonAssociationRoutes::id, nomis::delete, id -> "No non-association " + id)
                .find(RECORD, ctx -> NomisNonAssociationId.of(Params.prisonerNumber(ctx, "offenderNo"),
                                Params.prisonerNumber(ctx, "nsOffenderNo"), sequence(ctx.queryParam("typeSequence"))),
                        id -> nomis.find(id), NonAssociationWire::nomis, id -> "No non-association " + id)
                .listOrNotFound(RECORD + "/all", ctx -> List.of(Params.prisonerNumber(ctx, "offenderNo"),
                                Params.prisonerNumber(ctx, "nsOffenderNo")),
                        pair -> nomis.all(pair.get(0), pair.get(1)),
                        all -> all.stream().map(NonAssociationWire::nomis).toList(),
                        pair -> "No non-associations between " + pair.get(0) + " and " + pair.get(1))
                .list("/non-associations/booking/{bookingId}", ctx -> Params.positiveLong(ctx, "bookingId"),
                        nomis::onBooking, all -> all.stream().map(NonAssociationWire::pair).toList())
                .page("/non-associations/ids", ctx -> new PageQuery(Params.intQuery(ctx, "page", 0),
                        Params.intQuery(ctx, "size", 20), na -> true), q -> {
                            var page = nomis.pairs(q.page(), q.size());
                            return new SpringPage<>(page.pairs(), page.total(), q.page(), q.size());
                        }, NonAssociationWire::pair)
                .build();
    }

    private record PageQuery(int page, int size, Predicate<DpsNonAssociation> filter) {
        PageQuery {
            if (page < 0 || size < 1 || size > MAX_LIST) {
                throw ApiError.badRequest("page must be >= 0 and size 1 to " + MAX_LIST);
            }
        }
    }

    private PageQuery pageQuery(Context ctx) {
        Predicate<DpsNonAssociation> filter = openOrClosed(ctx);
        return new PageQuery(Params.intQuery(ctx, "page", 0), Params.intQuery(ctx, "size", 20), filter);
    }

    private static Predicate<DpsNonAssociation> openOrClosed(Context ctx) {
        boolean open = bool(ctx, "includeOpen", true);
        boolean closed = bool(ctx, "includeClosed", false);
        if (!open && !closed) {
            throw ApiError.badRequest("include open or closed non-associations, or both");
        }
        return na -> na.closed() ? closed : open;
    }

    private static boolean bool(Context ctx, String name, boolean otherwise) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return otherwise;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiError.badRequest(name + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    /** {@code between} (two or more prisoners) and {@code involving} (one or more): a JSON array of numbers. */
    private void listed(Context ctx, int least, java.util.function.BiPredicate<DpsNonAssociation, List<String>> keep) {
        Predicate<DpsNonAssociation> filter = openOrClosed(ctx);
        JsonNode body;
        try {
            body = mapper.readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("body must be a JSON array of prisoner numbers");
        }
        if (body == null || !body.isArray()) {
            throw ApiError.badRequest("body must be a JSON array of prisoner numbers");
        }
        List<String> wanted = new ArrayList<>();
        for (JsonNode item : body) {
            if (!item.isTextual() || !Params.isPrisonerNumber(item.asText())) {
                throw ApiError.badRequest("not a prisoner number: " + Ids.quote(item.toString()));
            }
            if (!wanted.contains(item.asText())) {
                wanted.add(item.asText());
            }
        }
        if (wanted.size() < least) {
            throw ApiError.badRequest("at least " + least + " distinct prisoner numbers are needed");
        }
        ctx.json(dps.list().stream().filter(filter).filter(na -> keep.test(na, wanted))
                .map(NonAssociationWire::dps).toList());
    }

    /** {@code CreateNonAssociationRequest}: 201 {@code {"typeSequence":n}}; 404 when a prisoner has no booking. */
    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("offenderNo", "nsOffenderNo", "reason",
                "recipReason", "type", "authorisedBy", "effectiveDate", "comment");
        String offenderNo = prisoner(body.requiredNonBlank("offenderNo"), "offenderNo");
        String nsOffenderNo = prisoner(body.requiredNonBlank("nsOffenderNo"), "nsOffenderNo");
        if (offenderNo.equals(nsOffenderNo)) {
            throw ApiError.badRequest("a prisoner cannot be non-associated with themself");
        }
        for (String prisoner : List.of(offenderNo, nsOffenderNo)) {
            if (!nomis.knows(prisoner)) {
                nomis.admit(prisoner, prisoners.requireCurrentBooking(prisoner));
            }
        }
        int sequence = nomis.create(new NomisNonAssociationRequest(offenderNo, nsOffenderNo,
                body.requiredNonBlank("reason"), body.requiredNonBlank("recipReason"), body.requiredNonBlank("type"),
                body.optionalText("authorisedBy").orElse(null), body.requiredDate("effectiveDate"), null,
                body.optionalText("comment").orElse(null)));
        ctx.status(201).json(Map.of("typeSequence", sequence));
    }

    /** {@code UpdateNonAssociationRequest}; 404 when NOMIS has no such record. */
    private void amend(Context ctx) {
        NomisNonAssociationId id = id(ctx);
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("reason", "recipReason", "type",
                "authorisedBy", "effectiveDate", "expiryDate", "comment");
        String offenderNo = ctx.pathParam("offenderNo");
        String nsOffenderNo = ctx.pathParam("nsOffenderNo");
        if (!nomis.amend(id, new NomisNonAssociationRequest(offenderNo, nsOffenderNo, body.requiredNonBlank("reason"),
                body.requiredNonBlank("recipReason"), body.requiredNonBlank("type"),
                body.optionalText("authorisedBy").orElse(null), body.requiredDate("effectiveDate"),
                body.optionalDate("expiryDate").orElse(null), body.optionalText("comment").orElse(null)))) {
            throw ApiError.notFound("No non-association " + id);
        }
    }

    private static NomisNonAssociationId id(Context ctx) {
        String offenderNo = Params.prisonerNumber(ctx, "offenderNo");
        String nsOffenderNo = Params.prisonerNumber(ctx, "nsOffenderNo");
        if (offenderNo.equals(nsOffenderNo)) {
            throw ApiError.badRequest("offenderNo and nsOffenderNo are the same prisoner");
        }
        return NomisNonAssociationId.of(offenderNo, nsOffenderNo, sequence(ctx.pathParam("typeSequence")));
    }

    private static int sequence(String text) {
        return Ids.parsePositiveInt(text).stream().filter(s -> s <= NomisNonAssociationId.MAX_SEQUENCE).boxed()
                .findFirst().orElseThrow(() -> ApiError.badRequest("typeSequence must be 1 to "
                        + NomisNonAssociationId.MAX_SEQUENCE + " in ASCII digits"));
    }

    private static String prisoner(String value, String field) {
        if (!Params.isPrisonerNumber(value)) {
            throw ApiError.badRequest(field + " '" + Ids.quote(value) + "' does not match [A-Z]\\d{4}[A-Z]{2}");
        }
        return value;
    }
}
