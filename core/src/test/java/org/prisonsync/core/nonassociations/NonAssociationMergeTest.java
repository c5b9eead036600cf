package org.prisonsync.core.nonassociations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.reconciliation.ReconciliationParameters;

/**
 * Seed 000's merge where both prisoners held a non-association with the same third party: settled by the sync, the
 * open one keeping sequence 1 or following its record to 2, never by a person editing a sequence.
 */
class NonAssociationMergeTest {
    private static final String RETAINED = "A1000AA";
    private static final String REMOVED = "B2000BB";
    private static final String THIRD = "C3000CC";
    private final NonAssociationsWorld world = new NonAssociationsWorld();

    private LocalDate today() {
        return world.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private DpsNonAssociation synced(String a, String b) {
        DpsNonAssociation na = world.made(a, b, "CELL");
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CREATED, na.id()));
        return na;
    }

    private void merge() {
        world.dps.merge(RETAINED, REMOVED);
        world.nomis.merge(RETAINED, REMOVED);
    }

    @Test
    void theRetainedPrisonersOpenOneKeepsSequenceOneAndTheMovedOneIsMappedToTwoAndClosed() {
        DpsNonAssociation kept = synced(RETAINED, THIRD);
        DpsNonAssociation moved = synced(REMOVED, THIRD);
        merge();

        for (int i = 0; i < 2; i++) {
            assertThat(world.handle(NonAssociationsWorld.merged(RETAINED, REMOVED)))
                    .isInstanceOf(Disposition.Ack.class);
        }

        assertThat(world.mappingOf(kept.id())).map(m -> m.nomisId()).contains("A1000AA:C3000CC:1");
        assertThat(world.mappingOf(moved.id())).map(m -> m.nomisId()).contains("A1000AA:C3000CC:2");
        assertThat(world.nomis.all(RETAINED, THIRD)).extracting(r -> r.openOn(today()))
                .containsExactly(true, false);
        assertThat(world.telemetry.named("non-association-merge-success")).first()
                .satisfies(e -> assertThat(e.properties()).containsEntry("remapped", "1")
                        .containsEntry("closed", "1").containsEntry("sharedThirdParties", "1"));
        assertThat(world.core.reconciliations().run(NonAssociationsReconciliation.NAME,
                ReconciliationParameters.none()).mismatchCount()).isZero();
    }

    @Test
    void whenTheRetainedPrisonersOneWasClosedTheOpenOneIsResequencedToTwo() {
        DpsNonAssociation closed = synced(RETAINED, THIRD);
        world.dps.close(closed.id());
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CLOSED, closed.id()));
        DpsNonAssociation open = synced(REMOVED, THIRD);
        merge();

        world.handle(NonAssociationsWorld.merged(RETAINED, REMOVED));

        assertThat(world.mappingOf(closed.id())).map(m -> m.nomisId()).contains("A1000AA:C3000CC:1");
        assertThat(world.mappingOf(open.id())).map(m -> m.nomisId()).contains("A1000AA:C3000CC:2");
        assertThat(world.nomis.all(RETAINED, THIRD)).extracting(r -> r.openOn(today()))
                .containsExactly(false, true);
        // later changes reach the right record
        world.dps.close(open.id());
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.CLOSED, open.id()));
        assertThat(world.nomis.all(RETAINED, THIRD)).noneMatch(r -> r.openOn(today()));
    }

    @Test
    void aMergeWithoutASharedThirdPartyReKeysTheMovedMappings() {
        DpsNonAssociation na = synced(REMOVED, "D4000DD");
        merge();

        world.handle(NonAssociationsWorld.merged(RETAINED, REMOVED));

        assertThat(world.mappingOf(na.id())).map(m -> m.nomisId()).contains("A1000AA:D4000DD:1");
        world.dps.amend(na.id(), old -> new DpsNonAssociation(old.id(), old.firstPrisonerNumber(),
                old.firstPrisonerRole(), old.secondPrisonerNumber(), old.secondPrisonerRole(), old.reason(), "WING",
                old.comment(), old.authorisedBy(), old.whenCreated(), old.whenUpdated(), old.updatedBy(), false,
                null));
        world.handle(NonAssociationsWorld.event(NonAssociationsSync.AMENDED, na.id()));
        assertThat(world.nomis.all(RETAINED, "D4000DD")).singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo("WING"));
    }

    @Test
    void aBookingMoveCarriesThePairsOnTheBookingToTheReceivingPrisoner() {
        long booking = world.nomis.admit("E5000EE");
        DpsNonAssociation na = synced("E5000EE", THIRD);
        world.nomis.admit("F6000FF");
        world.nomis.moveBooking(booking, "E5000EE", "F6000FF");
        world.dps.amend(na.id(), old -> new DpsNonAssociation(old.id(), "F6000FF", old.firstPrisonerRole(),
                old.secondPrisonerNumber(), old.secondPrisonerRole(), old.reason(), old.restrictionType(),
                old.comment(), old.authorisedBy(), old.whenCreated(), old.whenUpdated(), old.updatedBy(), false,
                null));

        world.handle(NonAssociationsWorld.event(NonAssociationsSync.BOOKING_MOVED, Map.of(
                "movedFromNomsNumber", "E5000EE", "movedToNomsNumber", "F6000FF", "bookingId",
                Long.toString(booking), "bookingStartDateTime", "2026-01-01T10:00:00")));

        assertThat(world.mappingOf(na.id())).map(m -> m.nomisId()).contains("C3000CC:F6000FF:1");
        assertThat(world.telemetry.named("non-association-booking-moved-success")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("count", "1"));
    }
}
