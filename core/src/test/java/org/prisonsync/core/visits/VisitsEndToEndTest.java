package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;

/** DPS and NOMIS kept in step through the queues, as users of both systems book and cancel visits. */
class VisitsEndToEndTest {
    private static final int VISITS = 100;
    private static final String NOMIS_USER = "JSMITH_GEN";

    private static List<DpsVisit> bookAll(TestWorld world) {
        List<DpsVisit> booked = IntStream.rangeClosed(1, VISITS).mapToObj(SampleVisits::numbered).toList();
        booked.forEach(world.dps()::book);
        world.pumpAll();
        return booked;
    }

    private static void assertOneNomisVisitPerDpsVisit(TestWorld world, List<DpsVisit> booked) {
        assertThat(world.nomis().size()).isEqualTo(VISITS);
        assertThat(world.mappings().all()).hasSize(VISITS)
                .allSatisfy(m -> assertThat(m.mappingType()).isEqualTo(MappingTypes.ONLINE));
        Set<String> mappedNomisIds = world.mappings().all().stream().map(Mapping::nomisId)
                .collect(Collectors.toSet());
        assertThat(mappedNomisIds).hasSize(VISITS);
        for (DpsVisit visit : booked) {
            NomisVisit nomisVisit = world.nomisVisitOf(visit.reference()).orElseThrow();
            assertThat(nomisVisit.offenderNo()).isEqualTo(visit.prisonerId());
            assertThat(nomisVisit.startDateTime()).isEqualTo(visit.startTimestamp());
            assertThat(nomisVisit.commentText()).isEqualTo("DPS booking reference: " + visit.reference());
        }
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).isEmpty();
        assertThat(world.dlq(TestWorld.FROM_NOMIS_DLQ)).isEmpty();
        assertThat(world.claims().size()).isZero();
    }

    /** Cancels visits 1–10 in DPS and NOMIS visits of DPS visits 11–15 in NOMIS; returns the NOMIS-cancelled ids. */
    private static List<Long> cancelOnBothSides(TestWorld world, List<DpsVisit> booked) {
        booked.subList(0, 10).forEach(v -> world.dps().cancel(v.reference(), "PRISONER_CANCELLED"));
        world.pumpAll();
        List<Long> cancelledInNomis = booked.subList(10, 15).stream()
                .map(v -> world.nomisVisitOf(v.reference()).orElseThrow().visitId()).toList();
        cancelledInNomis.forEach(id -> world.nomis().cancelByNomisUser(id, "VISCANC", NOMIS_USER));
        world.pumpAll();
        return cancelledInNomis;
    }

    private static void assertCancelledOnBothSides(TestWorld world, List<DpsVisit> booked) {
        for (DpsVisit visit : booked.subList(0, 10)) {
            NomisVisit nomisVisit = world.nomisVisitOf(visit.reference()).orElseThrow();
            assertThat(nomisVisit.visitStatus()).isEqualTo("CANC");
            assertThat(nomisVisit.visitOutcome()).isEqualTo("OFFCANC");
            assertThat(nomisVisit.modifyUserId()).isEqualTo("PRISONER_MANAGER_API");
        }
        for (DpsVisit visit : booked.subList(10, 15)) {
            DpsVisit dpsVisit = world.dps().findVisit(visit.reference()).orElseThrow();
            assertThat(dpsVisit.visitStatus()).isEqualTo("CANCELLED");
            assertThat(dpsVisit.outcomeStatus()).isEqualTo("VISITOR_CANCELLED");
            NomisVisit nomisVisit = world.nomisVisitOf(visit.reference()).orElseThrow();
            assertThat(nomisVisit.visitOutcome()).isEqualTo("VISCANC");
            assertThat(nomisVisit.modifyUserId()).as("not rewritten by the echo").isEqualTo(NOMIS_USER);
        }
        assertThat(world.nomis().all().stream().filter(NomisVisit::cancelled).count()).isEqualTo(15);
        assertThat(world.dps().all().stream().filter(DpsVisit::cancelled).count()).isEqualTo(15);
        assertThat(world.nomis().size()).as("no visit created by a cancellation").isEqualTo(VISITS);
    }

    @Test
    void hundredBookingsBecomeHundredNomisVisitsEachMappedOnce() {
        TestWorld world = TestWorld.create();

        List<DpsVisit> booked = bookAll(world);

        assertOneNomisVisitPerDpsVisit(world, booked);
        assertThat(world.nomisPort().createCalls()).isEqualTo(VISITS);
        assertThat(world.telemetry().count("visit-create-success")).isEqualTo(VISITS);
    }

    @Test
    void cancellationsFlowBothWaysAndTheirEchoesAreSkipped() {
        TestWorld world = TestWorld.create();
        List<DpsVisit> booked = bookAll(world);

        cancelOnBothSides(world, booked);

        assertCancelledOnBothSides(world, booked);
        assertThat(world.telemetry().count("visit-cancelled-success")).isEqualTo(10);
        assertThat(world.telemetry().count("visit-cancellation-synchronisation-skipped"))
                .as("NOMIS echoes of the DPS cancellations").isEqualTo(10);
        assertThat(world.telemetry().named("visit-cancellation-synchronisation")).hasSize(5)
                .allSatisfy(e -> assertThat(e.properties()).containsEntry("outcome", "VISITOR_CANCELLED")
                        .containsEntry("result", "CANCELLED").containsEntry("auditModuleName", "OIDOVIS"));
        assertThat(world.telemetry().count("visit-cancelled-skipped"))
                .as("DPS echoes of the NOMIS cancellations").isEqualTo(5);
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).isEmpty();
        assertThat(world.dlq(TestWorld.FROM_NOMIS_DLQ)).isEmpty();
    }

    @Test
    void everyEventDeliveredThreeTimesWithLostNomisResponsesStillGivesOneVisitAndMappingEach() {
        TestWorld world = TestWorld.builder().deliveries(3).lostCreateResponses(10, 7).build();

        List<DpsVisit> booked = bookAll(world);

        assertOneNomisVisitPerDpsVisit(world, booked);
        int lost = world.nomisPort().timeouts();
        assertThat(lost).as("the fault was injected").isPositive();
        assertThat(world.nomisPort().createCalls()).as("one more create per lost response, none per redelivery")
                .isEqualTo(VISITS + lost);
        assertThat(world.telemetry().count("visit-create-success")).isEqualTo(VISITS);
        assertThat(world.telemetry().count("visit-create-duplicate")).isEqualTo(2L * VISITS);
        assertThat(world.nomisPort().foundExisting()).as("each resumed create found the visit NOMIS already had")
                .isEqualTo(lost);
        assertThat(world.telemetry().named("visit-create-success").stream()
                .filter(e -> "true".equals(e.properties().get("foundExisting"))).count()).isPositive();

        cancelOnBothSides(world, booked);

        assertCancelledOnBothSides(world, booked);
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).isEmpty();
        assertThat(world.dlq(TestWorld.FROM_NOMIS_DLQ)).isEmpty();
    }

    @Test
    void aMappingStoreFailingTheFirstSavesMapsEverythingThroughRetriesWithoutRewritingNomis() {
        TestWorld world = TestWorld.builder().failingMappingSaves(5).build();

        List<DpsVisit> booked = bookAll(world);

        assertOneNomisVisitPerDpsVisit(world, booked);
        assertThat(world.mappingPort().failedSaves()).isEqualTo(5);
        assertThat(world.nomisPort().createCalls()).isEqualTo(VISITS);
        assertThat(world.telemetry().count("visit-mapping-create-failed")).isEqualTo(5);
        assertThat(world.telemetry().count("visit-create-mapping-retry-success")).isEqualTo(5);
        assertThat(world.telemetry().count("visit-create-success")).isEqualTo(VISITS - 5);
    }
}
