package org.prisonsync.core.casenotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/**
 * Prisoner merges and booking moves carrying case notes between prisoners: copies mapped to the note they repeat
 * (never a second DPS note), DPS notes and mappings following the booking, each once under redelivery and after a
 * failure part-way; bad events dead-lettered at once with their reason.
 */
class CaseNotesPrisonerMovesTest {
    private static final String RETAINED = "A1234KT";
    private static final String REMOVED = "A1000KT";

    @Test
    void aMergeMapsEachCopyToTheDpsNoteItRepeatsAndCreatesNothingInDps() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(2);
        world.nomis.newBooking(REMOVED);
        NomisCaseNote removedNote = world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("on report"));
        long retainedBooking = world.nomis.newBooking(RETAINED);
        world.nomis.createByNomisUser(RETAINED, CaseNotesTestWorld.content("induction"));
        world.pumpAll();
        DpsCaseNote removedInDps = world.dps.caseNotesOf(REMOVED).get(0);

        List<NomisCaseNote> copies = world.nomis.merge(RETAINED, REMOVED);
        world.publish(CaseNotesTestWorld.FROM_NOMIS,
                CaseNotesTestWorld.mergedEvent(RETAINED, REMOVED, Long.toString(retainedBooking)));
        world.pumpAll();

        assertThat(copies).singleElement().satisfies(c -> assertThat(c.bookingId()).isEqualTo(retainedBooking));
        assertThat(world.dps.caseNotesOf(REMOVED)).isEmpty();
        assertThat(world.dps.caseNotesOf(RETAINED)).as("no DPS note for the copy").hasSize(2)
                .extracting(DpsCaseNote::id).contains(removedInDps.id());
        assertThat(world.dps.moves()).as("moved once, though delivered twice").isEqualTo(1);
        assertThat(world.caseNoteMappings.nomisIdsOf(removedInDps.id()))
                .containsExactly(removedNote.caseNoteId(), copies.get(0).caseNoteId());
        assertThat(world.mappingsOf(REMOVED)).isEmpty();
        assertThat(world.mappings.findByPrisoner(CaseNoteMappings.COPY_TYPE, RETAINED)).hasSize(1);
        assertThat(world.telemetry.named(CaseNotesMergeHandler.EVENT)).hasSize(2)
                .extracting(e -> e.properties().get("copiesMapped")).containsExactly("1", "0");
        assertThat(world.telemetry.named(CaseNotesMergeHandler.EVENT).get(0).properties())
                .containsEntry("offenderNo", RETAINED).containsEntry("removedOffenderNo", REMOVED)
                .containsEntry("mappingsMoved", "1");
        assertThat(world.dlqs()).isEmpty();

        world.dps.updateByDpsUser(removedInDps.id(), CaseNotesTestWorld.content("on report, amended"));
        world.pumpAll();
        assertThat(world.nomis.caseNotesOf(RETAINED)).as("a DPS change reaches the copy too")
                .filteredOn(n -> n.content().text().equals("on report, amended")).hasSize(2);
    }

    @Test
    void aCopyOfANoteNeverSynchronisedIsCreatedInDpsOnce() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(2);
        world.nomis.newBooking(REMOVED);
        world.nomis.plant(REMOVED, CaseNotesTestWorld.content("lost event"), InMemoryCaseNotesNomisApi.NOMIS_SCREEN);
        long retainedBooking = world.nomis.newBooking(RETAINED);

        List<NomisCaseNote> copies = world.nomis.merge(RETAINED, REMOVED);
        world.publish(CaseNotesTestWorld.FROM_NOMIS,
                CaseNotesTestWorld.mergedEvent(RETAINED, REMOVED, Long.toString(retainedBooking)));
        world.pumpAll();

        assertThat(world.dps.caseNotesOf(RETAINED)).singleElement()
                .satisfies(d -> assertThat(d.legacyId()).isEqualTo(copies.get(0).caseNoteId()));
        assertThat(world.telemetry.named(CaseNotesMergeHandler.EVENT))
                .extracting(e -> e.properties().get("createdInDps")).containsExactly("1", "0");
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aMergeWhoseDpsMoveFailsIsRetriedToTheSameEnd() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);
        world.nomis.newBooking(REMOVED);
        NomisCaseNote removedNote = world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("on report"));
        long retainedBooking = world.nomis.newBooking(RETAINED);
        world.pumpAll();
        String dpsId = world.dps.caseNotesOf(REMOVED).get(0).id();
        world.dps.failNextMoves(1);

        List<NomisCaseNote> copies = world.nomis.merge(RETAINED, REMOVED);
        world.publish(CaseNotesTestWorld.FROM_NOMIS,
                CaseNotesTestWorld.mergedEvent(RETAINED, REMOVED, Long.toString(retainedBooking)));
        world.pumpAll();

        assertThat(world.telemetry.count(CaseNotesMergeHandler.EVENT + "-failed")).isEqualTo(1);
        assertThat(world.telemetry.count(CaseNotesMergeHandler.EVENT)).isEqualTo(1);
        assertThat(world.dps.caseNotesOf(RETAINED)).extracting(DpsCaseNote::id).containsExactly(dpsId);
        assertThat(world.caseNoteMappings.nomisIdsOf(dpsId))
                .containsExactly(removedNote.caseNoteId(), copies.get(0).caseNoteId());
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aBookingMoveMovesItsDpsNotesAndPointsTheirMappingsAtTheReceiver() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(2);
        world.nomis.newBooking(REMOVED);
        world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("earlier booking"));
        long moved = world.nomis.newBooking(REMOVED);
        NomisCaseNote movedNote = world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("wrong person"));
        world.nomis.newBooking(RETAINED);
        world.pumpAll();
        String movedDpsId = world.caseNoteMappings.ofNomis(movedNote.caseNoteId()).orElseThrow().dpsId();

        assertThat(world.nomis.moveBooking(moved, RETAINED)).isEqualTo(REMOVED);
        world.publish(CaseNotesTestWorld.FROM_NOMIS,
                CaseNotesTestWorld.bookingMovedEvent(REMOVED, RETAINED, moved));
        world.pumpAll();

        assertThat(world.dps.caseNotesOf(RETAINED)).extracting(DpsCaseNote::id).containsExactly(movedDpsId);
        assertThat(world.dps.caseNotesOf(REMOVED)).singleElement()
                .satisfies(d -> assertThat(d.content().text()).isEqualTo("earlier booking"));
        assertThat(world.dps.moves()).as("moved once, though delivered twice").isEqualTo(1);
        assertThat(world.mappingsOf(RETAINED)).extracting(Mapping::dpsId).containsExactly(movedDpsId);
        assertThat(world.mappingsOf(REMOVED)).hasSize(1);
        assertThat(world.telemetry.named(CaseNotesBookingMovedHandler.EVENT)).hasSize(2)
                .extracting(e -> e.properties().get("dpsMoved")).containsExactly("1", "0");
        assertThat(world.telemetry.named(CaseNotesBookingMovedHandler.EVENT).get(0).properties())
                .containsEntry("count", "1").containsEntry("movedFromNomsNumber", REMOVED)
                .containsEntry("movedToNomsNumber", RETAINED);
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aBookingMoveWhoseDpsMoveFailsIsRetriedAndLeavesMappingsAndDpsTogether() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);
        long moved = world.nomis.newBooking(REMOVED);
        world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("one"));
        world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("two"));
        world.pumpAll();
        Set<String> dpsIds = world.dps.caseNotesOf(REMOVED).stream().map(DpsCaseNote::id)
                .collect(Collectors.toSet());
        world.dps.failNextMoves(2);

        world.nomis.moveBooking(moved, RETAINED);
        world.publish(CaseNotesTestWorld.FROM_NOMIS, CaseNotesTestWorld.bookingMovedEvent(REMOVED, RETAINED, moved));
        world.pumpAll();

        assertThat(world.telemetry.count(CaseNotesBookingMovedHandler.EVENT + "-failed")).isEqualTo(2);
        assertThat(world.dps.caseNotesOf(RETAINED)).extracting(DpsCaseNote::id).containsExactlyInAnyOrderElementsOf(dpsIds);
        assertThat(world.mappingsOf(RETAINED)).extracting(Mapping::dpsId).containsExactlyInAnyOrderElementsOf(dpsIds);
        assertThat(world.mappingsOf(REMOVED)).isEmpty();
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void aCopyOnTheMovedBookingOfANoteThatStaysBecomesTheReceiversOwnDpsNote() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(2);
        world.nomis.newBooking(REMOVED);
        NomisCaseNote original = world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("carried over"));
        world.pumpAll();
        long moved = world.nomis.newBooking(REMOVED);
        NomisCaseNote copy = world.nomis.copyToBooking(original.caseNoteId(), moved);
        world.pumpAll();
        String dpsId = world.dps.caseNotesOf(REMOVED).get(0).id();

        world.nomis.moveBooking(moved, RETAINED);
        world.publish(CaseNotesTestWorld.FROM_NOMIS, CaseNotesTestWorld.bookingMovedEvent(REMOVED, RETAINED, moved));
        world.pumpAll();

        assertThat(world.dps.caseNotesOf(REMOVED)).extracting(DpsCaseNote::id).containsExactly(dpsId);
        assertThat(world.caseNoteMappings.nomisIdsOf(dpsId)).containsExactly(original.caseNoteId());
        DpsCaseNote receivers = world.dps.caseNotesOf(RETAINED).get(0);
        assertThat(world.dps.caseNotesOf(RETAINED)).as("created once, though delivered twice").hasSize(1);
        assertThat(receivers.legacyId()).isEqualTo(copy.caseNoteId());
        assertThat(world.caseNoteMappings.nomisIdsOf(receivers.id())).containsExactly(copy.caseNoteId());
        assertThat(world.dps.moves()).isZero();
        assertThat(world.telemetry.named(CaseNotesBookingMovedHandler.EVENT))
                .extracting(e -> e.properties().get("split")).containsExactly("1", "0");
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void whenANotesOwnNomisNoteMovesAwayTheCopyThatStaysBecomesItsOwnPair() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);
        long staying = world.nomis.newBooking(REMOVED);
        long moved = world.nomis.newBooking(REMOVED);
        NomisCaseNote own = world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("written on the new"));
        world.pumpAll();
        NomisCaseNote copy = world.nomis.copyToBooking(own.caseNoteId(), staying);
        world.pumpAll();
        String dpsId = world.dps.caseNotesOf(REMOVED).get(0).id();
        assertThat(world.caseNoteMappings.nomisIdsOf(dpsId)).containsExactly(own.caseNoteId(), copy.caseNoteId());

        world.nomis.moveBooking(moved, RETAINED);
        world.publish(CaseNotesTestWorld.FROM_NOMIS, CaseNotesTestWorld.bookingMovedEvent(REMOVED, RETAINED, moved));
        world.pumpAll();

        assertThat(world.caseNoteMappings.nomisIdsOf(dpsId)).containsExactly(copy.caseNoteId());
        assertThat(world.caseNoteMappings.isCopy(copy.caseNoteId())).isFalse();
        assertThat(world.dps.caseNotesOf(RETAINED)).singleElement()
                .satisfies(d -> assertThat(world.caseNoteMappings.nomisIdsOf(d.id()))
                        .containsExactly(own.caseNoteId()));
        assertThat(world.dlqs()).isEmpty();
    }

    @Test
    void twoConsumersOfOneMergeEndWithOneDpsNoteAndOneCopyMapping() throws Exception {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);
        world.nomis.newBooking(REMOVED);
        NomisCaseNote removedNote = world.nomis.createByNomisUser(REMOVED, CaseNotesTestWorld.content("on report"));
        long retainedBooking = world.nomis.newBooking(RETAINED);
        world.pumpAll();
        String dpsId = world.dps.caseNotesOf(REMOVED).get(0).id();
        List<NomisCaseNote> copies = world.nomis.merge(RETAINED, REMOVED);
        Notification event = CaseNotesTestWorld.mergedEvent(RETAINED, REMOVED, Long.toString(retainedBooking));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Disposition> outcomes = new ArrayList<>();
        try {
            List<Future<Disposition>> both = List.of(
                    two.submit(() -> { start.await(); return world.handle(CaseNotesTestWorld.FROM_NOMIS, event); }),
                    two.submit(() -> { start.await(); return world.handle(CaseNotesTestWorld.FROM_NOMIS, event); }));
            start.countDown();
            for (Future<Disposition> f : both) {
                outcomes.add(f.get());
            }
        } finally {
            two.shutdownNow();
        }
        if (outcomes.stream().anyMatch(Disposition.Retry.class::isInstance)) {
            world.handle(CaseNotesTestWorld.FROM_NOMIS, event); // the one that found the claim held, redelivered
        }

        assertThat(outcomes).noneMatch(Disposition.DeadLetter.class::isInstance);
        assertThat(world.dps.caseNotesOf(RETAINED)).extracting(DpsCaseNote::id).containsExactly(dpsId);
        assertThat(world.dps.moves()).isEqualTo(1);
        assertThat(world.caseNoteMappings.nomisIdsOf(dpsId))
                .containsExactly(removedNote.caseNoteId(), copies.get(0).caseNoteId());
        assertThat(world.mappings.findByPrisoner(CaseNoteMappings.COPY_TYPE, RETAINED)).hasSize(1);
    }

    @Test
    void aMergeWithANonDigitBookingIdIsDeadLetteredAtOnceWithTheReason() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);

        Disposition disposition = world.handle(CaseNotesTestWorld.FROM_NOMIS,
                CaseNotesTestWorld.mergedEvent(RETAINED, REMOVED, "12x4"));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason()).contains("additionalInformation.bookingId");
    }

    @Test
    void aBookingMoveWithABadPrisonerNumberIsDeadLetteredAtOnceWithTheReason() {
        CaseNotesTestWorld world = new CaseNotesTestWorld(1);

        Disposition disposition = world.handle(CaseNotesTestWorld.FROM_NOMIS,
                CaseNotesTestWorld.bookingMovedEvent("A1000KT", "NOT-A-NUMBER", 1234));

        assertThat(disposition).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) disposition).reason())
                .contains("additionalInformation.movedToNomsNumber").contains("not a prisoner number");
    }
}
