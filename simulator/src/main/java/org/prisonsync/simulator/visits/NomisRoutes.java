package org.prisonsync.simulator.visits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;
import java.util.OptionalLong;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The NOMIS prisoner API's visit endpoints, as a table over {@link InMemoryVisitsNomisApi}. Writes here go through the
 * port, so NOMIS records them as made by DPS synchronisation, exactly as when prison-sync calls the real API, and the
 * port's change feed raises the events ({@link VisitEventPublisher}). {@code GET /visits/{visitId}} is served at the
 * path it shares with the visit scheduler's read, for an all-digits segment (see {@link VisitsSimulation}).
 */
final class NomisRoutes {
    /** Where NOMIS's and the visit scheduler's reads of one visit meet here. */
    static final String SHARED_VISIT_PATH = "/visits/{visitIdOrReference}";

    private final InMemoryVisitsNomisApi nomis;
    private final ObjectMapper mapper;

    NomisRoutes(InMemoryVisitsNomisApi nomis, ObjectMapper mapper) {
        this.nomis = nomis;
        this.mapper = mapper;
    }

    RouteTable table() {
        return RouteTable.builder()
                .create("/prisoners/{offenderNo}/visits", this::create,
                        created -> Map.of("visitId", created.visitId()), RouteTable.noEvent())
                .change(Method.PUT, "/prisoners/{offenderNo}/visits/{visitId}", this::update)
                .change(Method.PUT, "/prisoners/{offenderNo}/visits/{visitId}/cancel", this::cancel)
                .find("/visits/{visitId}", ctx -> Params.positiveLong(ctx, "visitIdOrReference"), nomis::findVisit,
                        NomisWire::visitResponse, visitId -> "Visit " + visitId + " not found")
                .servedAt(SHARED_VISIT_PATH, NomisRoutes::isNomisVisitId)
                .build();
    }

    /** A NOMIS visit id is all digits; a DPS reference is letters ({@code ab-cd-ef-gh}). */
    static boolean isNomisVisitId(Context ctx) {
        OptionalLong id = Ids.parsePositiveLong(ctx.pathParam("visitIdOrReference"));
        return id.isPresent();
    }

    private NomisVisitCreated create(Context ctx) {
        String offenderNo = offenderNo(ctx);
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        NomisVisitRequest request = new NomisVisitRequest(
                body.requiredDateTime("startDateTime"),
                body.requiredTime("endTime"),
                body.requiredNonBlank("prisonId"),
                body.requiredLongs("visitorPersonIds"),
                body.requiredOneOf("visitType", "SCON", "OFFI"),
                body.requiredDate("issueDate"),
                body.requiredText("visitComment"),
                body.requiredText("visitOrderComment"),
                body.requiredText("room"),
                body.requiredOneOf("openClosedStatus", "OPEN", "CLOSED"));
        NomisVisitCreated created = nomis.createVisit(offenderNo, request);
        if (created.alreadyExisted()) {
            // The caller reads moreInfo to adopt the visit NOMIS already holds.
            throw ApiError.conflict("Visit already exists", "Visit already exists for " + offenderNo
                    + " starting " + request.startDateTime() + ": " + created.visitId(),
                    Long.toString(created.visitId()));
        }
        return created;
    }

    private void update(Context ctx) {
        String offenderNo = offenderNo(ctx);
        long visitId = visitId(ctx);
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        NomisVisitRequest request = new NomisVisitRequest(
                body.requiredDateTime("startDateTime"),
                body.requiredTime("endTime"),
                null,
                body.requiredLongs("visitorPersonIds"),
                null,
                null,
                body.optionalText("visitComment").orElse(null),
                null,
                body.requiredText("room"),
                body.requiredOneOf("openClosedStatus", "OPEN", "CLOSED"));
        if (!nomis.updateVisit(offenderNo, visitId, request)) {
            throw ApiError.notFound("Visit " + visitId + " not found for offender " + offenderNo);
        }
    }

    private void cancel(Context ctx) {
        String offenderNo = offenderNo(ctx);
        long visitId = visitId(ctx);
        String outcome = JsonBody.parse(ctx.body(), mapper).requiredNonBlank("outcome");
        Cancellations.require(nomis.cancelVisit(offenderNo, visitId, outcome), "Visit " + visitId,
                "Visit " + visitId + " not found for offender " + offenderNo);
    }

    private static String offenderNo(Context ctx) {
        return Params.prisonerNumber(ctx, "offenderNo");
    }

    private static long visitId(Context ctx) {
        return Ids.parsePositiveLong(ctx.pathParam("visitId"))
                .orElseThrow(() -> ApiError.badRequest("visitId must be a positive number in ASCII digits"));
    }
}
