package org.prisonsync.simulator.visits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Map;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * The NOMIS prisoner API's visit endpoints over {@link InMemoryVisitsNomisApi}. Writes here go through the port, so
 * NOMIS records them as made by DPS synchronisation, exactly as when prison-sync calls the real API.
 */
final class NomisRoutes {
    static final String CREATE = "POST /prisoners/{offenderNo}/visits";
    static final String UPDATE = "PUT /prisoners/{offenderNo}/visits/{visitId}";
    static final String CANCEL = "PUT /prisoners/{offenderNo}/visits/{visitId}/cancel";
    static final String GET = "GET /visits/{visitId}";


    private final InMemoryVisitsNomisApi nomis;
    private final ObjectMapper mapper;

    NomisRoutes(InMemoryVisitsNomisApi nomis, ObjectMapper mapper) {
        this.nomis = nomis;
        this.mapper = mapper;
    }

    void create(Context ctx) {
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
        ctx.status(201).json(Map.of("visitId", created.visitId()));
    }

    void update(Context ctx) {
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
        ctx.status(200);
    }

    void cancel(Context ctx) {
        String offenderNo = offenderNo(ctx);
        long visitId = visitId(ctx);
        String outcome = JsonBody.parse(ctx.body(), mapper).requiredNonBlank("outcome");
        CancelResult result = nomis.cancelVisit(offenderNo, visitId, outcome);
        if (result == CancelResult.NOT_FOUND) {
            throw ApiError.notFound("Visit " + visitId + " not found for offender " + offenderNo);
        }
        if (result == CancelResult.ALREADY_CANCELLED) {
            throw ApiError.conflict("Visit already cancelled", "Visit " + visitId + " is already cancelled", null);
        }
        ctx.status(200);
    }

    void get(Context ctx, long visitId) {
        var visit = nomis.findVisit(visitId)
                .orElseThrow(() -> ApiError.notFound("Visit " + visitId + " not found"));
        ctx.json(NomisWire.visitResponse(visit));
    }


    private static String offenderNo(Context ctx) {
        return Params.prisonerNumber(ctx, "offenderNo");
    }

    private static long visitId(Context ctx) {
        return Ids.parsePositiveLong(ctx.pathParam("visitId"))
                .orElseThrow(() -> ApiError.badRequest("visitId must be a positive number in ASCII digits"));
    }
}
