package org.prisonsync.simulator.movements;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.movements.inmemory.InMemoryPrisonMovements;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.store.RouteTable;

/**
 * The Prison API's {@code GET /api/movements/booking/{bookingId}} over {@link InMemoryPrisonMovements}, as a route
 * table (so guarded by auth and faults like the NOMIS routes), and the control API that records movements in it
 * ({@code /simulator/prison-api/bookings/{bookingId}/movements}, never guarded). A booking without movements
 * answers an empty list: the simulator cannot tell an unknown booking from an empty one, and the adapter reads a
 * 404 as the same empty list.
 */
final class PrisonApiRoutes {
    private static final String MOVEMENTS_PATH = "/api/movements/booking/{bookingId}";
    /** The read's fault key, as its table declares it. */
    static final String MOVEMENTS = "GET " + MOVEMENTS_PATH;
    private static final String CONTROL = "/simulator/prison-api/bookings/{bookingId}/movements";

    private final InMemoryPrisonMovements movements;
    private final ObjectMapper mapper;

    PrisonApiRoutes(InMemoryPrisonMovements movements, ObjectMapper mapper) {
        this.movements = movements;
        this.mapper = mapper;
    }

    /** The upstream read as a table: the booking's movements, in the order recorded. */
    RouteTable table() {
        return RouteTable.builder()
                .list(MOVEMENTS_PATH, PrisonApiRoutes::bookingId, movements::movementsOfBooking, PrisonApiRoutes::wire)
                .build();
    }

    /** The control routes, never guarded. */
    void registerControl(RoutesConfig routes) {
        routes.get(CONTROL, this::movementsOfBooking);
        routes.post(CONTROL, this::addMovement);
    }

    void movementsOfBooking(Context ctx) {
        ctx.json(wire(movements.movementsOfBooking(bookingId(ctx))));
    }

    /**
     * Appends one movement; {@code sequence} defaults to one after the booking's highest, {@code createdDateTime} to
     * the movement's time. A sequence the booking already has is a conflict: NOMIS keys movements on it.
     */
    void addMovement(Context ctx) {
        long bookingId = bookingId(ctx);
        JsonBody body = JsonBody.parse(ctx.body(), mapper);
        LocalDateTime movedAt = body.requiredDateTime("movementDateTime");
        String movementType = body.requiredNonBlank("movementType");
        String direction = body.requiredOneOf("directionCode", "IN", "OUT");
        Long requested = body.optionalLong("sequence").orElse(null);
        if (requested != null && (requested < 1 || requested > Integer.MAX_VALUE)) {
            throw ApiError.badRequest("sequence must be a positive whole number");
        }
        BookingMovement movement;
        synchronized (movements) { // the store's own lock: the sequence check and the append are one step
            List<BookingMovement> current = movements.movementsOfBooking(bookingId);
            int sequence = requested != null ? requested.intValue()
                    : current.stream().mapToInt(BookingMovement::sequence).max().orElse(0) + 1;
            if (current.stream().anyMatch(m -> m.sequence() == sequence)) {
                throw ApiError.conflict("Movement already exists",
                        "booking " + bookingId + " already has movement " + sequence, null);
            }
            movement = new BookingMovement(sequence, body.optionalText("fromAgency").orElse(null),
                    body.optionalText("toAgency").orElse(null), movementType, direction, movedAt,
                    body.optionalText("movementReasonCode").orElse(null),
                    body.optionalDateTime("createdDateTime").orElse(movedAt),
                    body.optionalDateTime("modifiedDateTime").orElse(null));
            movements.add(bookingId, movement);
        }
        ctx.status(201).json(wire(movement));
    }

    private static long bookingId(Context ctx) {
        return Ids.parsePositiveLong(ctx.pathParam("bookingId"))
                .orElseThrow(() -> ApiError.badRequest("bookingId must be a positive number in ASCII digits"));
    }

    private static List<Map<String, Object>> wire(List<BookingMovement> movements) {
        return movements.stream().map(PrisonApiRoutes::wire).toList();
    }

    /** The Prison API's field names, nulls included, times as local date-times. */
    private static Map<String, Object> wire(BookingMovement m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sequence", m.sequence());
        body.put("fromAgency", m.fromAgency());
        body.put("toAgency", m.toAgency());
        body.put("movementType", m.movementType());
        body.put("directionCode", m.directionCode());
        body.put("movementDateTime", m.movementDateTime());
        body.put("movementReasonCode", m.movementReasonCode());
        body.put("createdDateTime", m.createdDateTime());
        body.put("modifiedDateTime", m.modifiedDateTime());
        return body;
    }
}
