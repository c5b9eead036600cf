package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prisonsync.core.repair.RepairReport;

class IncentiveRepairTest {
    private final IncentivesWorld world = new IncentivesWorld();
    private final IncentiveRepair repair = world.core.domain(IncentivesDomain.class).repair();

    /** NOMIS took DPS's earlier review last (events out of order): its level is the older one. */
    private IncentiveReview outOfOrder() {
        IncentiveReview first = world.reviewedPrisoner("A1234BC", "STD");
        IncentiveReview second = world.dps.addReview("A1234BC", first.bookingId(), "ENH",
                IncentivesWorld.REVIEWED.plusHours(1), "MDI", "promoted");
        world.nomis.createIncentive("A1234BC", NomisIncentiveRequest.from(second));
        world.nomis.createIncentive("A1234BC", NomisIncentiveRequest.from(first));
        return second;
    }

    private IncentiveVerdict verdict(IncentiveReview review) {
        return IncentiveComparison.compare("A1234BC", review.bookingId(),
                world.nomis.currentIncentive(review.bookingId()), world.dps.currentReview("A1234BC"));
    }

    @Test
    void theDryRunSaysWhatItWouldWriteAndWritesNothing() {
        IncentiveReview current = outOfOrder();
        int before = world.nomis.creates();

        RepairReport report = repair.repair("A1234BC", true);

        assertThat(report.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(report.actions()).singleElement().asString().contains("ENH").contains("review " + current.id());
        assertThat(world.nomis.creates()).isEqualTo(before);
        assertThat(world.telemetry.count(IncentiveRepair.OPERATION)).isZero();
        assertThat(verdict(current).consistent()).isFalse();
    }

    @Test
    void theRepairMakesNomisCurrentLevelDpsOnesWithoutAMapping() {
        IncentiveReview current = outOfOrder();

        RepairReport report = repair.repair("A1234BC", false);

        assertThat(report.status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(verdict(current).consistent()).isTrue();
        // dated now, after the IEP it corrects, or NOMIS would not take it as current
        assertThat(world.nomis.currentIncentive(current.bookingId())).map(NomisIncentive::iepDateTime)
                .contains(java.time.LocalDateTime.now(world.clock).withNano(0));
        assertThat(world.telemetry.named(IncentiveRepair.OPERATION)).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("offenderNo", "A1234BC")
                        .containsEntry("iepCode", "ENH").containsEntry("incentiveSequence", "3"));
        assertThat(world.mappingOf(current)).isEmpty();
        assertThat(repair.repair("A1234BC", false).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);
    }

    @Test
    void aPrisonerWithoutADpsReviewIsNotFound() {
        world.nomis.admit("B2345CD");

        assertThat(repair.repair("B2345CD", false).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(world.nomis.creates()).isZero();
    }
}
