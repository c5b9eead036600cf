package org.prisonsync.simulator.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.movements.BookingMovement;
import org.prisonsync.simulator.RunningSimulator;

class PrisonApiIT {
    private static final LocalDateTime ADMITTED = LocalDateTime.of(2026, 11, 20, 9, 15);

    private RunningSimulator sim = new RunningSimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void givenMovementsInTheStore_thenTheRouteAnswersThemInThePrisonApiShape() {
        sim.simulator.prisonMovements()
                .add(1234567L, new BookingMovement(1, "CRTTRN", "MDI", "ADM", "IN", ADMITTED, "N",
                        ADMITTED.plusSeconds(72).plusNanos(345_678_000), null))
                .add(1234567L, new BookingMovement(2, "MDI", "OUT", "REL", "OUT", ADMITTED.plusDays(4), "CR",
                        ADMITTED.plusDays(4), ADMITTED.plusDays(4).plusHours(2)));

        var answer = sim.get("/api/movements/booking/1234567");

        assertThat(answer.code()).isEqualTo(200);
        Map<String, Object> admission = new LinkedHashMap<>();
        admission.put("sequence", 1);
        admission.put("fromAgency", "CRTTRN");
        admission.put("toAgency", "MDI");
        admission.put("movementType", "ADM");
        admission.put("directionCode", "IN");
        admission.put("movementDateTime", "2026-11-20T09:15:00");
        admission.put("movementReasonCode", "N");
        admission.put("createdDateTime", "2026-11-20T09:16:12.345678");
        admission.put("modifiedDateTime", null);
        assertThat(answer.jsonList()).hasSize(2);
        assertThat(answer.jsonList().get(0)).isEqualTo(admission);
        assertThat(answer.jsonList().get(1)).containsEntry("sequence", 2).containsEntry("movementType", "REL")
                .containsEntry("modifiedDateTime", "2026-11-24T11:15:00");
    }

    @Test
    void givenABookingWithoutMovements_thenTheRouteAnswersAnEmptyListAndANonNumericId400() {
        assertThat(sim.get("/api/movements/booking/999").code()).isEqualTo(200);
        assertThat(sim.get("/api/movements/booking/999").jsonList()).isEmpty();
        assertThat(sim.get("/api/movements/booking/abc").code()).isEqualTo(400);
    }

    @Test
    void givenAMovementPostedToTheControlApi_thenItIsAppendedWithTheNextSequenceAndServed() {
        var first = sim.post("/simulator/prison-api/bookings/55/movements", """
                {"fromAgency":"CRTTRN","toAgency":"MDI","movementType":"ADM","directionCode":"IN",
                 "movementDateTime":"2026-11-20T09:15:00","movementReasonCode":"N"}""");
        var second = sim.post("/simulator/prison-api/bookings/55/movements", """
                {"fromAgency":"MDI","toAgency":"OUT","movementType":"REL","directionCode":"OUT",
                 "movementDateTime":"2026-11-24T14:00:00","movementReasonCode":"CR",
                 "createdDateTime":"2026-11-24T14:01:00"}""");

        assertThat(first.code()).isEqualTo(201);
        assertThat(first.json()).containsEntry("sequence", 1).containsEntry("createdDateTime", "2026-11-20T09:15:00");
        assertThat(second.code()).isEqualTo(201);
        assertThat(second.json()).containsEntry("sequence", 2);
        assertThat(sim.simulator.prisonMovements().movementsOfBooking(55L)).containsExactly(
                new BookingMovement(1, "CRTTRN", "MDI", "ADM", "IN", ADMITTED, "N", ADMITTED, null),
                new BookingMovement(2, "MDI", "OUT", "REL", "OUT", LocalDateTime.of(2026, 11, 24, 14, 0), "CR",
                        LocalDateTime.of(2026, 11, 24, 14, 1), null));
        assertThat(sim.get("/simulator/prison-api/bookings/55/movements").jsonList())
                .isEqualTo(sim.get("/api/movements/booking/55").jsonList())
                .extracting(m -> m.get("movementType")).containsExactly("ADM", "REL");
    }

    @Test
    void givenATakenSequenceOrAMissingField_thenTheControlApiRefusesAndStoresNothing() {
        String admission = """
                {"sequence":3,"movementType":"ADM","directionCode":"IN","movementDateTime":"2026-11-20T09:15:00"}""";
        assertThat(sim.post("/simulator/prison-api/bookings/56/movements", admission).code()).isEqualTo(201);

        assertThat(sim.post("/simulator/prison-api/bookings/56/movements", admission).code()).isEqualTo(409);
        var missing = sim.post("/simulator/prison-api/bookings/56/movements",
                "{\"movementType\":\"ADM\",\"directionCode\":\"IN\"}");
        assertThat(missing.code()).isEqualTo(400);
        assertThat(missing.json().get("developerMessage")).isEqualTo("movementDateTime is required");
        assertThat(sim.post("/simulator/prison-api/bookings/56/movements", """
                {"movementType":"ADM","directionCode":"SIDEWAYS","movementDateTime":"2026-11-20T09:15:00"}""")
                .code()).isEqualTo(400);
        assertThat(sim.simulator.prisonMovements().movementsOfBooking(56L)).extracting(BookingMovement::sequence)
                .containsExactly(3);
    }

    @Test
    void givenAuthIsRequired_thenTheRouteWantsATokenButTheControlApiDoesNot() {
        sim.close();
        sim = new RunningSimulator(RunningSimulator.settings(RunningSimulator.TO_NOMIS, RunningSimulator.FROM_NOMIS)
                .withRequireAuth(true));

        assertThat(sim.get("/api/movements/booking/1").code()).isEqualTo(401);
        assertThat(sim.get("/simulator/prison-api/bookings/1/movements").code()).isEqualTo(200);
    }

    @Test
    void givenAnErrorFaultOnTheRoute_thenItAnswersTheFaultStatus() {
        var set = sim.put("/simulator/faults", "{\"route\":\"GET /api/movements/booking/{bookingId}\","
                + "\"rule\":{\"errorRate\":1.0,\"errorStatus\":503}}");

        assertThat(set.code()).isEqualTo(200);
        assertThat(sim.get("/api/movements/booking/1").code()).isEqualTo(503);
        assertThat(sim.get("/simulator/prison-api/bookings/1/movements").code()).as("control is never faulted")
                .isEqualTo(200);
        assertThat(sim.get("/simulator/faults").json().get("routes").toString())
                .contains("GET /api/movements/booking/{bookingId}");
    }

    @Test
    void theFaultableRoutesIncludeTheMovementsRoute() {
        assertThat(sim.simulator.faultableRoutes()).contains(PrisonApiRoutes.MOVEMENTS);
        assertThat(List.copyOf(sim.simulator.faultableRoutes())).doesNotHaveDuplicates();
    }
}
