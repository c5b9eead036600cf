package org.prisonsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.QueueAdmin;
import org.prisonsync.core.testing.Events;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitsSync;

/** The update flow, driven through visit changes. */
class UpdateFlowTest {
    private final TestWorld world = TestWorld.create();
    private final DpsVisit visit = SampleVisits.numbered(3);

    private static DpsVisit moved(DpsVisit v, String room, LocalDateTime start) {
        return new DpsVisit(v.reference(), v.prisonerId(), v.prisonId(), room, v.visitType(), v.visitStatus(),
                v.outcomeStatus(), v.visitRestriction(), start, start.plusMinutes(45), v.visitorPersonIds(),
                v.visitComment());
    }

    @Test
    void aChangeBeforeTheVisitIsMappedWaitsForItThenGoesToTheDlq() {
        world.dps().book(visit);
        world.drain(TestWorld.TO_NOMIS); // the booking is lost
        world.dps().change(moved(visit, "Visits Room 2", visit.startTimestamp()));

        world.pumpAll();

        assertThat(world.telemetry().count("visit-changed-awaiting-parent")).isEqualTo(5);
        assertThat(world.queues().delaysRequested()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(600));
        assertThat(world.telemetry().named("prison-visit.changed-sent-to-dlq")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("queueName", TestWorld.TO_NOMIS)
                        .containsEntry("dlqName", TestWorld.TO_NOMIS_DLQ)
                        .containsEntry("receiveCount", "5")
                        .containsEntry("dpsId", visit.reference()));
        assertThat(world.dlq(TestWorld.TO_NOMIS_DLQ)).singleElement().satisfies(entry -> {
            assertThat(entry.envelope().type()).isEqualTo(VisitsSync.CHANGED);
            assertThat(entry.attributes().get(QueueAdmin.FAILURE_REASON_ATTRIBUTE))
                    .contains("no mapping yet for VISIT " + visit.reference());
        });
        assertThat(world.nomis().size()).isZero();
    }

    @Test
    void aChangeToAMappedVisitMovesTheNomisVisit() {
        world.dps().book(visit);
        world.pumpAll();
        LocalDateTime later = visit.startTimestamp().plusHours(2);

        world.dps().change(moved(visit, "Visits Room 2", later));
        world.pumpAll();

        NomisVisit nomisVisit = world.nomisVisitOf(visit.reference()).orElseThrow();
        assertThat(nomisVisit.room()).isEqualTo("Visits Room 2");
        assertThat(nomisVisit.startDateTime()).isEqualTo(later);
        assertThat(nomisVisit.endDateTime()).isEqualTo(later.plusMinutes(45));
        assertThat(nomisVisit.modifyUserId()).isEqualTo("PRISONER_MANAGER_API");
        assertThat(world.nomis().size()).isEqualTo(1);
        assertThat(world.telemetry().named("visit-changed-success")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("dpsId", visit.reference())
                        .containsEntry("nomisId", Long.toString(nomisVisit.visitId()))
                        .containsEntry("offenderNo", visit.prisonerId()));
    }

    @Test
    void aChangeThatCameFromNomisIsSkipped() {
        world.dps().book(visit);
        world.pumpAll();
        Envelope echo = Events.dpsVisit("changed", moved(visit, "Elsewhere", visit.startTimestamp()), "NOMIS",
                TestWorld.START);

        assertThat(world.handle(TestWorld.TO_NOMIS, echo)).isEqualTo(Disposition.ACK);

        assertThat(world.telemetry().count("visit-changed-skipped")).isEqualTo(1);
        assertThat(world.nomisVisitOf(visit.reference()).orElseThrow().room()).isEqualTo("Main Hall");
    }

    @Test
    void aMappingToAVisitNomisDoesNotHaveIsRetried() {
        world.dps().book(visit);
        world.drain(TestWorld.TO_NOMIS);
        world.mappings().save(Mapping.of(VisitsSync.ENTITY_TYPE, "999", visit.reference(), visit.prisonerId(),
                MappingTypes.ONLINE));
        world.dps().change(moved(visit, "Visits Room 2", visit.startTimestamp()));
        List<Envelope> changed = world.drain(TestWorld.TO_NOMIS);

        Disposition disposition = world.handle(TestWorld.TO_NOMIS, changed.get(0));

        assertThat(disposition).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry().named("visit-changed-failed")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("nomisId", "999")
                        .containsEntry("reason", "HTTP 404: NOMIS visit 999 not found"));
    }

    @Test
    void aCancellationCancelsTheMappedNomisVisitWithTheTranslatedOutcome() {
        world.dps().book(visit);
        world.pumpAll();

        world.dps().cancel(visit.reference(), "VISITOR_CANCELLED");
        world.pumpAll();

        NomisVisit nomisVisit = world.nomisVisitOf(visit.reference()).orElseThrow();
        assertThat(nomisVisit.visitStatus()).isEqualTo("CANC");
        assertThat(nomisVisit.visitOutcome()).isEqualTo("VISCANC");
        assertThat(world.telemetry().count("visit-cancelled-success")).isEqualTo(1);
        assertThat(world.telemetry().count("visit-cancellation-synchronisation-skipped")).isEqualTo(1);
        assertThat(world.dps().findVisit(visit.reference()).orElseThrow().outcomeStatus())
                .isEqualTo("VISITOR_CANCELLED");
    }
}
