package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.testing.Events;
import org.prisonsync.core.testing.SampleVisits;
import org.prisonsync.core.testing.TestWorld;

class NomisVisitCancelledHandlerTest {
    private final TestWorld world = TestWorld.create();

    private NomisVisit nomisOnlyVisit() {
        DpsVisit template = SampleVisits.numbered(5);
        NomisVisitCreated created = world.nomis().createByNomisUser(template.prisonerId(),
                VisitTranslation.toNomis(template, template.startTimestamp().toLocalDate()), "JSMITH_GEN");
        return world.nomis().findVisit(created.visitId()).orElseThrow();
    }

    @Test
    void aCancelledVisitThatOnlyNomisHasIsIgnored() {
        NomisVisit visit = nomisOnlyVisit();

        world.nomis().cancelByNomisUser(visit.visitId(), "HMP", "JSMITH_GEN");
        world.pumpAll();

        assertThat(world.telemetry().named("visit-cancellation-synchronisation-ignored")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("nomisId", Long.toString(visit.visitId()))
                        .containsEntry("offenderNo", visit.offenderNo()));
        assertThat(world.dps().all()).isEmpty();
        assertThat(world.dlq(TestWorld.FROM_NOMIS_DLQ)).isEmpty();
    }

    @Test
    void aCancellationWhoseDpsVisitIsMissingIsRetried() {
        NomisVisit visit = nomisOnlyVisit();
        world.mappings().save(Mapping.of(VisitsSync.ENTITY_TYPE, Long.toString(visit.visitId()), "gone-ref",
                visit.offenderNo(), MappingTypes.ONLINE));
        world.nomis().cancelByNomisUser(visit.visitId(), "HMP", "JSMITH_GEN");
        List<Envelope> events = world.drain(TestWorld.FROM_NOMIS);

        Disposition disposition = world.handle(TestWorld.FROM_NOMIS, events.get(0));

        assertThat(disposition).isInstanceOf(Disposition.Retry.class);
        assertThat(((Disposition.Retry) disposition).reason()).contains("DPS visit gone-ref not found");
        assertThat(world.telemetry().named("visit-cancellation-synchronisation-failed")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("dpsId", "gone-ref")
                        .containsEntry("outcome", "ESTABLISHMENT_CANCELLED"));
    }

    @Test
    void aCancellationOfAVisitNomisNoLongerHasIsRetried() {
        world.mappings().save(Mapping.of(VisitsSync.ENTITY_TYPE, "404", "ab-cd", "A1234BC", MappingTypes.ONLINE));
        Notification event = Events.nomisVisitCancelled(new NomisVisit(404, "A1234BC", "MDI",
                SampleVisits.FIRST_START, SampleVisits.FIRST_START.plusHours(1), "SCON", "CANC", "HMP", null, null,
                null, null, null, "JSMITH_GEN", null, null, null), "OIDOVIS", TestWorld.START);

        assertThat(world.handle(TestWorld.FROM_NOMIS, event)).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry().count("visit-cancellation-synchronisation-failed")).isEqualTo(1);
    }

    @Test
    void anEventWithoutVisitIdIsDeadLettered() {
        Notification event = new Notification("n-1", VisitsSync.NOMIS_CANCELLED, Map.of(
                "eventType", VisitsSync.NOMIS_CANCELLED, "offenderIdDisplay", "A1234BC", "auditModuleName", "OIDOVIS"));

        Disposition disposition = world.handle(TestWorld.FROM_NOMIS, event);

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("visitId");
        assertThat(world.telemetry().count("VISIT_CANCELLED-sent-to-dlq")).isEqualTo(1);
    }

    @Test
    void ourOwnCancellationIsSkippedWithoutLookingAnythingUp() {
        Notification echo = Events.nomisVisitCancelled(new NomisVisit(1, "A1234BC", "MDI", SampleVisits.FIRST_START,
                SampleVisits.FIRST_START.plusHours(1), "SCON", "CANC", "ADMIN", null, null, null, null, null,
                "PRISONER_MANAGER_API", null, null, null), "DPS_SYNCHRONISATION", TestWorld.START);

        assertThat(world.handle(TestWorld.FROM_NOMIS, echo)).isEqualTo(Disposition.ACK);

        assertThat(world.telemetry().named("visit-cancellation-synchronisation-skipped")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("auditModuleName", "DPS_SYNCHRONISATION"));
    }
}
