package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsDpsApi;
import org.prisonsync.core.visits.VisitsMigrationRequest;

/**
 * The {@link VisitsDpsApi} contract, run against the in-memory visit scheduler and the HTTP adapter talking to the
 * simulator. Implementations may keep their state across tests, so every test books visits under references of its
 * own.
 */
public abstract class VisitsDpsApiContract {
    /** Shaped like a real reference but never booked: {@link #newReference} never starts with {@code zz}. */
    protected static final String UNKNOWN_REFERENCE = "zz-zz-zz-zz";
    private static final AtomicInteger REFERENCES = new AtomicInteger();
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 14, 0);

    /** The port under test. */
    protected abstract VisitsDpsApi api();

    /** A DPS user books this visit in the visit scheduler (not through the port). */
    protected abstract void book(DpsVisit visit);

    /** A visit-scheduler reference ({@code ab-cd-ef-gh}, letters only) that no other test in this JVM uses. */
    private static String newReference() {
        int n = REFERENCES.getAndIncrement();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        }
        return "ct-" + letters.substring(0, 2) + "-" + letters.substring(2, 4) + "-" + letters.substring(4, 6);
    }

    private static DpsVisit booked(String reference) {
        return new DpsVisit(reference, "A1234BC", "MDI", "Visits Main Hall", "SOCIAL", "BOOKED", null, "OPEN",
                START, START.plusMinutes(90), List.of(4729570L, 4729580L), "bring ID");
    }

    private DpsVisit found(String reference) {
        return api().findVisit(reference).orElseThrow(() -> new AssertionError("no visit " + reference));
    }

    @Test
    void findVisitReturnsEveryFieldOfTheBookedVisit() {
        DpsVisit visit = booked(newReference());
        book(visit);

        assertThat(api().findVisit(visit.reference())).contains(visit);
    }

    @Test
    void aVisitWithoutCommentOrVisitorsComesBackWithNoCommentAndNoVisitors() {
        DpsVisit visit = new DpsVisit(newReference(), "B2345CD", "LEI", "Family Visits Room", "FAMILY", "BOOKED",
                null, "CLOSED", START.plusDays(1), START.plusDays(1).plusHours(1), List.of(), null);
        book(visit);

        DpsVisit found = found(visit.reference());

        assertThat(found).isEqualTo(visit);
        assertThat(found.visitComment()).isNull();
        assertThat(found.visitorPersonIds()).isEmpty();
    }

    @Test
    void aVisitWithVisitorSupportComesBackWithIt() {
        DpsVisit visit = booked(newReference()).withVisitorSupport("Wheelchair access");
        book(visit);

        assertThat(found(visit.reference()).visitorSupport()).isEqualTo("Wheelchair access");
        assertThat(found(visit.reference())).isEqualTo(visit);
    }

    @Test
    void findVisitOfAnUnknownReferenceIsEmpty() {
        assertThat(api().findVisit(UNKNOWN_REFERENCE)).isEmpty();
    }

    @Test
    void cancelVisitCancelsWithTheOutcomeAndChangesNothingElse() {
        DpsVisit visit = booked(newReference());
        book(visit);

        CancelResult result = api().cancelVisit(visit.reference(), "VISITOR_CANCELLED", "OFFICER_GEN");

        assertThat(result).isEqualTo(CancelResult.CANCELLED);
        DpsVisit cancelled = found(visit.reference());
        assertThat(cancelled.visitStatus()).isEqualTo("CANCELLED");
        assertThat(cancelled.outcomeStatus()).isEqualTo("VISITOR_CANCELLED");
        assertThat(cancelled).isEqualTo(visit.cancelledWith("VISITOR_CANCELLED"));
    }

    @Test
    void cancellingAgainIsAlreadyCancelledAndKeepsTheFirstOutcome() {
        DpsVisit visit = booked(newReference());
        book(visit);
        api().cancelVisit(visit.reference(), "VISITOR_CANCELLED", "OFFICER_GEN");

        CancelResult again = api().cancelVisit(visit.reference(), "PRISONER_CANCELLED", "OFFICER_GEN");

        assertThat(again).isEqualTo(CancelResult.ALREADY_CANCELLED);
        assertThat(found(visit.reference()).outcomeStatus()).isEqualTo("VISITOR_CANCELLED");
    }

    @Test
    void cancellingAVisitAlreadyCancelledInDpsIsAlreadyCancelled() {
        DpsVisit visit = booked(newReference()).cancelledWith("ADMINISTRATIVE_CANCELLATION");
        book(visit);

        CancelResult result = api().cancelVisit(visit.reference(), "VISITOR_CANCELLED", "OFFICER_GEN");

        assertThat(result).isEqualTo(CancelResult.ALREADY_CANCELLED);
        assertThat(found(visit.reference())).isEqualTo(visit);
    }

    @Test
    void cancelOfAnUnknownReferenceIsNotFound() {
        assertThat(api().cancelVisit(UNKNOWN_REFERENCE, "VISITOR_CANCELLED", "OFFICER_GEN"))
                .isEqualTo(CancelResult.NOT_FOUND);
        assertThat(api().findVisit(UNKNOWN_REFERENCE)).isEmpty();
    }

    private static final AtomicInteger PRISONERS = new AtomicInteger(1000);

    /** A prisoner number no other test in this JVM uses, so searches see only this test's visits. */
    private static String newPrisoner() {
        return String.format("C%04dCT", PRISONERS.getAndIncrement());
    }

    private static VisitsMigrationRequest migrationOf(String prisoner, String prison, LocalDateTime start) {
        return new VisitsMigrationRequest("CREATOR", prisoner, prison, start, start.plusHours(1), "SOCIAL", "BOOKED",
                null, "Visits Main Hall", List.of(4729570L), 4729570L, null, List.of(), "OPEN", START.minusMonths(1),
                null);
    }

    @Test
    void findVisitsReturnsThePrisonersVisitsAtThePrisonThatDay_bookedAndCancelled_andNoOthers() {
        String prisoner = newPrisoner();
        String morning = api().migrateVisit(migrationOf(prisoner, "MDI", START.minusHours(4)));
        DpsVisit cancelled = booked(newReference()).cancelledWith("VISITOR_CANCELLED");
        book(new DpsVisit(cancelled.reference(), prisoner, "MDI", cancelled.visitRoom(), cancelled.visitType(),
                cancelled.visitStatus(), cancelled.outcomeStatus(), cancelled.visitRestriction(), START,
                START.plusHours(1), cancelled.visitorPersonIds(), null));
        api().migrateVisit(migrationOf(prisoner, "MDI", START.plusDays(1)));
        api().migrateVisit(migrationOf(prisoner, "LEI", START));
        api().migrateVisit(migrationOf(newPrisoner(), "MDI", START));

        List<DpsVisit> found = api().findVisits(prisoner, "MDI", START.toLocalDate());

        assertThat(found).extracting(DpsVisit::reference)
                .containsExactlyInAnyOrder(morning, cancelled.reference());
        assertThat(found).filteredOn(v -> v.reference().equals(morning)).singleElement().satisfies(v -> {
            assertThat(v.prisonerId()).isEqualTo(prisoner);
            assertThat(v.startTimestamp()).isEqualTo(START.minusHours(4));
            assertThat(v.endTimestamp()).isEqualTo(START.minusHours(3));
            assertThat(v.visitRoom()).isEqualTo("Visits Main Hall");
            assertThat(v.visitRestriction()).isEqualTo("OPEN");
            assertThat(v.visitorPersonIds()).containsExactly(4729570L);
        });
        assertThat(api().findVisits(newPrisoner(), "MDI", START.toLocalDate())).isEmpty();
    }

    @Test
    void deleteMigratedVisitRemovesAVisitTheMigrationCreated() {
        String prisoner = newPrisoner();
        String reference = api().migrateVisit(migrationOf(prisoner, "MDI", START));

        assertThat(api().deleteMigratedVisit(reference)).isTrue();

        assertThat(api().findVisit(reference)).isEmpty();
        assertThat(api().findVisits(prisoner, "MDI", START.toLocalDate())).isEmpty();
        assertThat(api().deleteMigratedVisit(reference)).isFalse();
    }

    @Test
    void deleteMigratedVisitNeverRemovesAVisitBookedInDps() {
        DpsVisit visit = booked(newReference());
        book(visit);

        assertThat(api().deleteMigratedVisit(visit.reference())).isFalse();
        assertThat(api().deleteMigratedVisit(UNKNOWN_REFERENCE)).isFalse();

        assertThat(api().findVisit(visit.reference())).contains(visit);
    }
}
