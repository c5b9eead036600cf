package org.prisonsync.core.casenotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/** Case notes both ways on the kit: once each under redelivery and two consumers, never echoed, copies followed. */
class CaseNotesTwoWaySyncTest {
    private static final String A = "A1234KT";

    @Test
    void aDpsNoteDeliveredThreeTimesIsCreatedInNomisOnceAndItsEchoesAreSkipped() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(3);
        world.nomis.newBooking(A);
        DpsCaseNote note = world.dps.createByDpsUser(A, CaseNotesTestWorld.content("seen by healthcare"));
        world.pumpAll();

        List<NomisCaseNote> inNomis = world.nomis.caseNotesOf(A);
        assertThat(inNomis).hasSize(1);
        assertThat(inNomis.get(0).content()).isEqualTo(note.content());
        assertThat(inNomis.get(0).writtenBySync()).isTrue();
        assertThat(world.dps.caseNotesOf(A)).hasSize(1);
        assertThat(world.mappingsOf(A)).singleElement()
                .satisfies(m -> assertThat(m.dpsId()).isEqualTo(note.id()));
        assertThat(world.telemetry.count("casenotes-create-success")).isEqualTo(1);
        assertThat(world.telemetry.count("casenotes-synchronisation-created-skipped")).isEqualTo(3);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aNomisNoteIsCreatedInDpsOnceUpdatedAndDeletedWithoutEchoingBack() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(3);
        world.nomis.newBooking(A);
        NomisCaseNote note = world.nomis.createByNomisUser(A, CaseNotesTestWorld.content("wing move"));
        world.pumpAll();
        assertThat(world.dps.caseNotesOf(A)).singleElement().satisfies(d -> {
            assertThat(d.legacyId()).isEqualTo(note.caseNoteId());
            assertThat(d.content()).isEqualTo(note.content());
        });
        assertThat(world.telemetry.count("casenotes-create-ignored")).isEqualTo(3);

        world.nomis.updateByNomisUser(note.caseNoteId(), CaseNotesTestWorld.content("wing move, cell 3"));
        world.pumpAll();
        assertThat(world.dps.caseNotesOf(A).get(0).content().text()).isEqualTo("wing move, cell 3");
        assertThat(world.nomis.caseNotesOf(A)).singleElement().as("not written back by the sync")
                .satisfies(n -> assertThat(n.writtenBySync()).isFalse());
        assertThat(world.telemetry.count("casenotes-update-ignored")).isPositive();
        assertThat(world.telemetry.count("casenotes-update-success")).isZero();

        world.nomis.deleteByNomisUser(note.caseNoteId());
        world.pumpAll();
        assertThat(world.dps.caseNotesOf(A)).isEmpty();
        assertThat(world.mappingsOf(A)).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aDpsUpdateAndDeleteReachEveryNomisCopyOfTheNote() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);
        world.nomis.newBooking(A);
        NomisCaseNote original = world.nomis.createByNomisUser(A, CaseNotesTestWorld.content("adjudication"));
        world.pumpAll();
        long second = world.nomis.newBooking(A);
        NomisCaseNote copy = world.nomis.copyToBooking(original.caseNoteId(), second);
        world.pumpAll();
        DpsCaseNote dpsNote = world.dps.caseNotesOf(A).get(0);
        assertThat(world.dps.caseNotesOf(A)).as("a copy is not a second DPS note").hasSize(1);
        assertThat(world.caseNoteMappings.nomisIdsOf(dpsNote.id()))
                .containsExactly(original.caseNoteId(), copy.caseNoteId());

        world.dps.updateByDpsUser(dpsNote.id(), CaseNotesTestWorld.content("adjudication, amended"));
        world.pumpAll();
        assertThat(world.nomis.caseNotesOf(A)).extracting(n -> n.content().text())
                .containsExactly("adjudication, amended", "adjudication, amended");

        world.dps.deleteByDpsUser(dpsNote.id());
        world.pumpAll();
        assertThat(world.nomis.caseNotesOf(A)).isEmpty();
        assertThat(world.caseNoteMappings.nomisIdsOf(dpsNote.id())).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void twoConsumersOfOneDpsCreateWriteOneNomisNote() throws Exception {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);
        world.nomis.newBooking(A);
        world.dps.createByDpsUser(A, CaseNotesTestWorld.content("two consumers"));
        Envelope event = world.drain(CaseNotesTestWorld.TO_NOMIS).get(0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Disposition>> both = List.of(
                    two.submit(() -> { start.await(); return world.handle(CaseNotesTestWorld.TO_NOMIS, event); }),
                    two.submit(() -> { start.await(); return world.handle(CaseNotesTestWorld.TO_NOMIS, event); }));
            start.countDown();
            for (Future<Disposition> f : both) {
                f.get();
            }
        } finally {
            two.shutdownNow();
        }
        world.clock.advance(java.time.Duration.ofMinutes(5));
        world.pumpAll();
        assertThat(world.nomis.caseNotesOf(A)).hasSize(1);
        assertThat(world.mappingsOf(A)).hasSize(1);
    }

    @Test
    void aCaseNoteIdThatIsNotAUuidIsDeadLetteredAtOnceWithTheReason() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);
        Notification bad = new Notification("n-1", CaseNotesSync.CREATED, Map.of(
                "eventType", CaseNotesSync.CREATED,
                "additionalInformation", Map.of("id", "not-a-uuid", "source", "DPS"),
                "personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", A)))));

        Disposition disposition = world.handle(CaseNotesTestWorld.TO_NOMIS, bad);

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("'additionalInformation.id' is not a uuid");
    }
}
