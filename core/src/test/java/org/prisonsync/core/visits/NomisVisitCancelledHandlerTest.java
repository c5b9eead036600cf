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

    /** A DPS visit booked and synchronised: mapped to a NOMIS visit that is still scheduled. */
    private NomisVisit bookedAndSynchronised(DpsVisit visit) {
        world.dps().book(visit);
        world.pumpAll();
        return world.nomisVisitOf(visit.reference()).orElseThrow();
    }

    private static Notification cancelEvent(long visitId, String visitIdText, String offenderNo) {
        return new Notification("n-forged", VisitsSync.NOMIS_CANCELLED, Map.of(
                "eventType", VisitsSync.NOMIS_CANCELLED, "eventDatetime", "2026-02-01T10:00:00",
                "offenderIdDisplay", offenderNo, "nomisEventType", "OFFENDER_VISIT-UPDATED",
                "visitId", visitIdText == null ? Long.toString(visitId) : visitIdText, "auditModuleName", "OIDOVIS"));
    }

    @Test
    void aCancelEventForAVisitNomisStillHoldsScheduledLeavesTheDpsVisitBooked() {
        DpsVisit visit = SampleVisits.numbered(1);
        NomisVisit scheduled = bookedAndSynchronised(visit);

        Disposition disposition = world.handle(TestWorld.FROM_NOMIS,
                cancelEvent(scheduled.visitId(), null, visit.prisonerId()));

        assertThat(disposition).isEqualTo(Disposition.ACK);
        assertThat(world.dps().findVisit(visit.reference())).get().extracting(DpsVisit::visitStatus)
                .isEqualTo("BOOKED");
        assertThat(world.telemetry().named("visit-cancellation-synchronisation-ignored-not-cancelled"))
                .singleElement().satisfies(e -> assertThat(e.properties())
                        .containsEntry("nomisVisitStatus", "SCH").containsEntry("dpsId", visit.reference()));
    }

    @Test
    void aCancelEventCarryingAnotherPrisonersNumberIsDeadLetteredAndCancelsNothing() {
        DpsVisit visit = SampleVisits.numbered(1);
        NomisVisit nomisVisit = bookedAndSynchronised(visit);
        world.nomis().cancelByNomisUser(nomisVisit.visitId(), "HMP", "JSMITH_GEN");
        world.drain(TestWorld.FROM_NOMIS);

        Disposition disposition = world.handle(TestWorld.FROM_NOMIS,
                cancelEvent(nomisVisit.visitId(), null, "Z9999ZZ"));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("Z9999ZZ")
                .contains(visit.prisonerId());
        assertThat(world.dps().findVisit(visit.reference())).get().extracting(DpsVisit::visitStatus)
                .isEqualTo("BOOKED");
    }

    @Test
    void aCancelEventWhosePrisonerIsNotTheNomisVisitsIsDeadLettered() {
        NomisVisit visit = nomisOnlyVisit();
        world.nomis().cancelByNomisUser(visit.visitId(), "HMP", "JSMITH_GEN");
        world.drain(TestWorld.FROM_NOMIS);
        // a mapping without a prisoner, so only NOMIS can tell whose visit it is
        world.mappings().save(Mapping.of(VisitsSync.ENTITY_TYPE, Long.toString(visit.visitId()), "ab-cd-ef-gh",
                null, MappingTypes.ONLINE));

        Disposition disposition = world.handle(TestWorld.FROM_NOMIS, cancelEvent(visit.visitId(), null, "Z9999ZZ"));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("is " + visit.offenderNo() + "'s");
    }

    @Test
    void aVisitIdWrittenInOtherDigitsThanAsciiIsDeadLetteredNotReadAsANumber() {
        DpsVisit visit = SampleVisits.numbered(1);
        NomisVisit nomisVisit = bookedAndSynchronised(visit);
        world.nomis().cancelByNomisUser(nomisVisit.visitId(), "HMP", "JSMITH_GEN");
        world.drain(TestWorld.FROM_NOMIS);
        // Arabic-Indic digits for the same id: Long.parseLong reads them as the ASCII number
        String otherDigits = Long.toString(nomisVisit.visitId()).chars()
                .mapToObj(c -> String.valueOf((char) ('\u0660' + (c - '0')))).reduce("", String::concat);

        Disposition disposition = world.handle(TestWorld.FROM_NOMIS,
                cancelEvent(nomisVisit.visitId(), otherDigits, visit.prisonerId()));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("'visitId'").contains("ASCII digits");
        assertThat(world.dps().findVisit(visit.reference())).get().extracting(DpsVisit::visitStatus)
                .isEqualTo("BOOKED");
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
