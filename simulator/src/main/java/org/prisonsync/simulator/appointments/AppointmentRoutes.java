package org.prisonsync.simulator.appointments;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.DpsAppointmentAttendee;
import org.prisonsync.core.appointments.NomisAppointment;
import org.prisonsync.core.appointments.NomisAppointmentRequest;
import org.prisonsync.core.appointments.inmemory.InMemoryAppointmentsNomisApi;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The real systems' appointment routes at their real paths, as tables over core's in-memory twins: the activities
 * API's reads ({@code GET /appointment-instances/{id}}, {@code GET /rollout}, {@code POST /appointments/{prisonCode}/search}),
 * and NOMIS's {@code /appointments} endpoints (the location mappings are the shared {@code LocationsSimulation}'s).
 * Request bodies are read strictly (an unknown field is a 400).
 */
final class AppointmentRoutes {
    private static final String[] REQUEST_FIELDS = {"eventDate", "startTime", "endTime", "internalLocationId",
        "eventSubType", "comment"};

    private final DpsAppointments dps;
    private final InMemoryAppointmentsNomisApi nomis;
    private final ObjectMapper mapper;

    AppointmentRoutes(DpsAppointments dps, InMemoryAppointmentsNomisApi nomis, ObjectMapper mapper) {
        this.dps = dps;
        this.nomis = nomis;
        this.mapper = mapper;
    }

    RouteTable dpsTable() {
        return RouteTable.builder()
                .find("/appointment-instances/{appointmentInstanceId}",
                        ctx -> Params.positiveLong(ctx, "appointmentInstanceId"), dps.state()::findInstance,
                        AppointmentRoutes::instance, id -> "Appointment Instance " + id + " not found")
                .hook(Method.GET, "/rollout", ctx -> {
                    String live = ctx.queryParam("prisonsLive");
                    if (live != null && !live.equals("true") && !live.equals("false")) {
                        throw ApiError.badRequest("prisonsLive must be true or false: " + live);
                    }
                    ctx.json(dps.state().appointmentPrisons().stream().map(p -> Map.of("prisonCode", p,
                            "activitiesRolledOut", false, "appointmentsRolledOut", true,
                            "externalActivitiesRolledOut", false, "maxDaysToExpiry", 21, "prisonLive", true))
                            .toList());
                })
                .hook(Method.POST, "/appointments/{prisonCode}/search", this::search)
                .build();
    }

    RouteTable nomisTable() {
        return RouteTable.builder()
                .create("/appointments", ctx -> {
                    JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(withBooking());
                    return call(() -> nomis.create(request(body, body.optionalLong("bookingId")
                            .orElseThrow(() -> ApiError.badRequest("bookingId is required")))));
                }, id -> Map.of("eventId", id), RouteTable.noEvent())
                .hook(Method.GET, "/appointments/ids", this::ids)
                .find("/appointments/{eventId}", ctx -> Params.positiveLong(ctx, "eventId"), nomis::find,
                        AppointmentRoutes::appointment, id -> "Appointment not found: " + id)
                .change(Method.PUT, "/appointments/{nomisEventId}", ctx -> {
                    long id = Params.positiveLong(ctx, "nomisEventId");
                    NomisAppointment current = nomis.find(id).orElseThrow(() -> ApiError.notFound(
                            "Appointment not found: " + id));
                    JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(REQUEST_FIELDS);
                    nomis.update(id, request(body, current.bookingId()));
                })
                .change(Method.PUT, "/appointments/{nomisEventId}/cancel", ctx -> found(
                        nomis.cancel(Params.positiveLong(ctx, "nomisEventId")), ctx))
                .change(Method.PUT, "/appointments/{nomisEventId}/uncancel", ctx -> found(
                        nomis.uncancel(Params.positiveLong(ctx, "nomisEventId")), ctx))
                .delete("/appointments/{nomisEventId}", ctx -> Params.positiveLong(ctx, "nomisEventId"),
                        nomis::delete, id -> "Appointment not found: " + id)
                .hook(Method.GET, "/appointments/booking/{bookingId}/location/{locationId}/start/{dateTime}", ctx -> {
                    long booking = Params.positiveLong(ctx, "bookingId");
                    long location = Params.positiveLong(ctx, "locationId");
                    LocalDateTime start;
                    try {
                        start = LocalDateTime.parse(ctx.pathParam("dateTime"));
                    } catch (DateTimeParseException e) {
                        throw ApiError.badRequest("dateTime is not a date and time: " + ctx.pathParam("dateTime"));
                    }
                    ctx.json(nomis.findAt(booking, location, start).stream().map(AppointmentRoutes::appointment)
                            .toList());
                })
                .build();
    }

    private static void found(boolean found, Context ctx) {
        if (!found) {
            throw ApiError.notFound("Appointment not found");
        }
    }

    private void search(Context ctx) {
        String prison = ctx.pathParam("prisonCode");
        if (!prison.matches("[A-Z0-9]{2,6}")) {
            throw ApiError.badRequest("prisonCode is not a prison code: " + prison);
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("startDate", "endDate");
        LocalDate start = body.requiredDate("startDate");
        LocalDate end = body.optionalDate("endDate").orElse(start);
        if (end.isBefore(start)) {
            throw ApiError.badRequest("endDate is before startDate");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (DpsAppointmentAttendee a : dps.state().search(prison, start, end)) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("appointmentId", a.appointmentInstanceId());
            result.put("prisonCode", prison);
            result.put("attendees", List.of(Map.of("appointmentAttendeeId", a.appointmentInstanceId(),
                    "prisonerNumber", a.prisonerNumber(), "bookingId", a.bookingId())));
            result.put("startDate", a.startDate());
            result.put("startTime", a.startTime().toString());
            result.put("isCancelled", a.cancelled());
            result.put("isDeleted", a.deleted());
            results.add(result);
        }
        ctx.status(202).json(results);
    }

    private void ids(Context ctx) {
        List<String> prisons = ctx.queryParams("prisonIds");
        if (prisons.size() != 1 || !prisons.get(0).matches("[A-Z0-9]{2,6}")) {
            throw ApiError.badRequest("prisonIds must be one prison code (the simulator answers for one)");
        }
        LocalDate from = date(ctx.queryParam("fromDate"), "fromDate");
        LocalDate to = date(ctx.queryParam("toDate"), "toDate");
        int page = Params.intQuery(ctx, "page", 0);
        int size = Params.intQuery(ctx, "size", 20);
        if (page < 0 || size < 1 || size > 10_000) {
            throw ApiError.badRequest("page from 0, size 1 to 10000");
        }
        List<Long> ids = nomis.eventIds(prisons.get(0), from, to, page, size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("content", ids.stream().map(id -> Map.of("eventId", id)).toList());
        answer.put("number", page);
        answer.put("size", size);
        answer.put("numberOfElements", ids.size());
        ctx.json(answer);
    }

    private static LocalDate date(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " is not a date (YYYY-MM-DD): " + value);
        }
    }

    private static String[] withBooking() {
        String[] fields = new String[REQUEST_FIELDS.length + 1];
        fields[0] = "bookingId";
        System.arraycopy(REQUEST_FIELDS, 0, fields, 1, REQUEST_FIELDS.length);
        return fields;
    }

    private static NomisAppointmentRequest request(JsonBody body, long bookingId) {
        LocalDate date = body.requiredDate("eventDate");
        LocalTime start = LocalTime.parse(body.requiredTime("startTime"));
        LocalTime end = body.has("endTime") && !body.node().get("endTime").isNull()
                ? LocalTime.parse(body.requiredTime("endTime")) : null;
        Long location = body.optionalLong("internalLocationId").orElse(null);
        String comment = body.optionalText("comment").orElse(null);
        if (comment != null && comment.length() > NomisAppointmentRequest.MAX_COMMENT) {
            throw ApiError.badRequest("comment is longer than " + NomisAppointmentRequest.MAX_COMMENT);
        }
        return new NomisAppointmentRequest(bookingId, date, start, end, location,
                body.requiredNonBlank("eventSubType"), comment);
    }

    private static <T> T call(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (UpstreamRejected e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    static Map<String, Object> instance(AppointmentInstance i) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("id", i.id());
        wire.put("appointmentAttendeeId", i.id());
        wire.put("appointmentType", "INDIVIDUAL");
        wire.put("prisonCode", i.prisonCode());
        wire.put("prisonerNumber", i.prisonerNumber());
        wire.put("bookingId", i.bookingId());
        wire.put("categoryCode", i.categoryCode());
        wire.put("customName", i.customName());
        wire.put("internalLocationId", i.internalLocationId());
        wire.put("dpsLocationId", i.dpsLocationId());
        wire.put("inCell", i.inCell());
        wire.put("appointmentDate", i.appointmentDate().toString());
        wire.put("startTime", i.startTime().toString());
        wire.put("endTime", i.endTime() == null ? null : i.endTime().toString());
        wire.put("extraInformation", i.extraInformation());
        wire.put("createdBy", Params.DEFAULT_OFFICER);
        return wire;
    }

    static Map<String, Object> appointment(NomisAppointment a) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("eventId", a.eventId());
        wire.put("bookingId", a.bookingId());
        wire.put("offenderNo", a.offenderNo());
        wire.put("prisonId", a.prisonId());
        wire.put("internalLocation", a.internalLocation());
        wire.put("startDateTime", a.startDateTime().toString());
        wire.put("endDateTime", a.endDateTime() == null ? null : a.endDateTime().toString());
        wire.put("comment", a.comment());
        wire.put("subtype", a.subtype());
        wire.put("status", a.status());
        wire.put("createdBy", Params.DEFAULT_OFFICER);
        return wire;
    }
}
