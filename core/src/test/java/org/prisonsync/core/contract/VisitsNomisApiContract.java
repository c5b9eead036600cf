package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.CancelResult;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.NomisVisitCreated;
import org.prisonsync.core.visits.NomisVisitRequest;
import org.prisonsync.core.visits.VisitsNomisApi;

/**
 * The {@link VisitsNomisApi} contract, run against the in-memory NOMIS and the HTTP adapter talking to the simulator.
 *
 * <p>Implementations may keep their state across tests (one simulator per class), so every test books for an
 * offender of its own and looks for unknown visits by an id no test creates.
 */
public abstract class VisitsNomisApiContract {
    /** Far above any id a test run creates, so it stays unknown even on a shared NOMIS. */
    protected static final long UNKNOWN_VISIT_ID = 987_654_321L;
    private static final AtomicInteger OFFENDERS = new AtomicInteger(1000);
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 14, 0);

    /** The port under test. */
    protected abstract VisitsNomisApi api();

    /** A prison officer books the visit in NOMIS itself (not through the port); returns its visit id. */
    protected abstract long seedVisitByNomisUser(String offenderNo, NomisVisitRequest request);

    /** A prison officer cancels the visit in NOMIS itself with this outcome code. */
    protected abstract void cancelByNomisUser(long visitId, String outcome);

    /** An offender number ({@code A1234BC} shape) that no other test in this JVM uses. */
    private static String newOffender() {
        return String.format(Locale.ROOT, "C%04dCT", OFFENDERS.getAndIncrement() % 10_000);
    }

    private static NomisVisitRequest request(LocalDateTime start, String comment) {
        return new NomisVisitRequest(start, "15:00", "MDI", List.of(4729570L, 4729580L), "SCON",
                LocalDate.of(2026, 11, 20), comment, "DPS booking reference: ab-cd-ef-gh", "Visits Main Hall", "OPEN");
    }

    private static NomisVisitRequest request() {
        return request(START, "bring ID");
    }

    private NomisVisit found(long visitId) {
        return api().findVisit(visitId).orElseThrow(() -> new AssertionError("no visit " + visitId));
    }

    @Test
    void createReturnsANewIdAndFindVisitShowsTheRequestedVisitAsScheduled() {
        String offender = newOffender();

        NomisVisitCreated created = api().createVisit(offender, request());

        assertThat(created.alreadyExisted()).isFalse();
        NomisVisit visit = found(created.visitId());
        assertThat(visit.visitId()).isEqualTo(created.visitId());
        assertThat(visit.offenderNo()).isEqualTo(offender);
        assertThat(visit.prisonId()).isEqualTo("MDI");
        assertThat(visit.startDateTime()).isEqualTo(START);
        assertThat(visit.endDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 0));
        assertThat(visit.room()).isEqualTo("Visits Main Hall");
        assertThat(visit.commentText()).isEqualTo("bring ID");
        assertThat(visit.visitorPersonIds()).containsExactlyInAnyOrder(4729570L, 4729580L);
        assertThat(visit.visitType()).isEqualTo("SCON");
        assertThat(visit.visitStatus()).isEqualTo("SCH");
        assertThat(visit.visitOutcome()).isNull();
        assertThat(visit.cancelled()).isFalse();
    }

    @Test
    void eachCreateOfADifferentBookingGetsItsOwnId() {
        String offender = newOffender();

        long first = api().createVisit(offender, request()).visitId();
        long otherComment = api().createVisit(offender, request(START, "wheelchair access")).visitId();
        long otherStart = api().createVisit(offender, request(START.plusDays(1), "bring ID")).visitId();
        long otherOffender = api().createVisit(newOffender(), request()).visitId();

        assertThat(List.of(first, otherComment, otherStart, otherOffender)).doesNotHaveDuplicates();
    }

    @Test
    void theSameCreateAgainIsAlreadyExistedWithTheSameId() {
        String offender = newOffender();
        long first = api().createVisit(offender, request()).visitId();

        NomisVisitCreated again = api().createVisit(offender, request());

        assertThat(again).isEqualTo(new NomisVisitCreated(first, true));
        assertThat(found(first).visitStatus()).isEqualTo("SCH");
    }

    @Test
    void aCreateMatchingAVisitBookedByANomisUserAdoptsThatVisit() {
        String offender = newOffender();
        long booked = seedVisitByNomisUser(offender, request());

        NomisVisitCreated created = api().createVisit(offender, request());

        assertThat(created).isEqualTo(new NomisVisitCreated(booked, true));
    }

    @Test
    void aCancelledVisitDoesNotBlockANewIdenticalCreate() {
        String offender = newOffender();
        long first = api().createVisit(offender, request()).visitId();
        api().cancelVisit(offender, first, "VISCANC");

        NomisVisitCreated again = api().createVisit(offender, request());

        assertThat(again.alreadyExisted()).isFalse();
        assertThat(again.visitId()).isNotEqualTo(first);
        assertThat(found(again.visitId()).visitStatus()).isEqualTo("SCH");
        assertThat(found(first).visitStatus()).isEqualTo("CANC");
    }

    @Test
    void updateChangesStartEndRoomAndVisitorsAndIsTrue() {
        String offender = newOffender();
        long visitId = api().createVisit(offender, request()).visitId();
        LocalDateTime newStart = LocalDateTime.of(2026, 12, 3, 9, 30);
        NomisVisitRequest change = new NomisVisitRequest(newStart, "10:45", "MDI", List.of(4729580L, 5100001L),
                "SCON", null, null, null, "Family Visits Room", "OPEN");

        boolean updated = api().updateVisit(offender, visitId, change);

        assertThat(updated).isTrue();
        NomisVisit visit = found(visitId);
        assertThat(visit.startDateTime()).isEqualTo(newStart);
        assertThat(visit.endDateTime()).isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 45));
        assertThat(visit.room()).isEqualTo("Family Visits Room");
        assertThat(visit.visitorPersonIds()).containsExactlyInAnyOrder(4729580L, 5100001L);
        assertThat(visit.offenderNo()).isEqualTo(offender);
        assertThat(visit.visitStatus()).isEqualTo("SCH");
    }

    @Test
    void updateOfAnUnknownVisitIsFalse() {
        assertThat(api().updateVisit(newOffender(), UNKNOWN_VISIT_ID, request())).isFalse();
    }

    @Test
    void updateThroughAnotherOffenderIsFalseAndLeavesTheVisitAlone() {
        String owner = newOffender();
        long visitId = api().createVisit(owner, request()).visitId();
        NomisVisitRequest change = new NomisVisitRequest(START.plusDays(2), "16:00", "MDI", List.of(5100001L),
                "SCON", null, null, null, "Visits Room 2", "OPEN");

        boolean updated = api().updateVisit(newOffender(), visitId, change);

        assertThat(updated).isFalse();
        NomisVisit visit = found(visitId);
        assertThat(visit.startDateTime()).isEqualTo(START);
        assertThat(visit.room()).isEqualTo("Visits Main Hall");
        assertThat(visit.visitorPersonIds()).containsExactlyInAnyOrder(4729570L, 4729580L);
    }

    @Test
    void cancelMarksTheVisitCancelledWithTheOutcome() {
        String offender = newOffender();
        long visitId = api().createVisit(offender, request()).visitId();

        CancelResult result = api().cancelVisit(offender, visitId, "VISCANC");

        assertThat(result).isEqualTo(CancelResult.CANCELLED);
        NomisVisit visit = found(visitId);
        assertThat(visit.visitStatus()).isEqualTo("CANC");
        assertThat(visit.visitOutcome()).isEqualTo("VISCANC");
        assertThat(visit.cancelled()).isTrue();
    }

    @Test
    void cancellingAgainIsAlreadyCancelledAndKeepsTheFirstOutcome() {
        String offender = newOffender();
        long visitId = api().createVisit(offender, request()).visitId();
        api().cancelVisit(offender, visitId, "VISCANC");

        CancelResult again = api().cancelVisit(offender, visitId, "OFFCANC");

        assertThat(again).isEqualTo(CancelResult.ALREADY_CANCELLED);
        assertThat(found(visitId).visitOutcome()).isEqualTo("VISCANC");
    }

    @Test
    void cancellingAVisitANomisUserCancelledIsAlreadyCancelledAndKeepsTheirOutcome() {
        String offender = newOffender();
        long visitId = api().createVisit(offender, request()).visitId();
        cancelByNomisUser(visitId, "OFFCANC");

        CancelResult result = api().cancelVisit(offender, visitId, "VISCANC");

        assertThat(result).isEqualTo(CancelResult.ALREADY_CANCELLED);
        NomisVisit visit = found(visitId);
        assertThat(visit.visitStatus()).isEqualTo("CANC");
        assertThat(visit.visitOutcome()).isEqualTo("OFFCANC");
    }

    @Test
    void cancelOfAnUnknownVisitIsNotFound() {
        assertThat(api().cancelVisit(newOffender(), UNKNOWN_VISIT_ID, "VISCANC")).isEqualTo(CancelResult.NOT_FOUND);
    }

    @Test
    void cancelThroughAnotherOffenderIsNotFoundAndLeavesTheVisitScheduled() {
        long visitId = api().createVisit(newOffender(), request()).visitId();

        CancelResult result = api().cancelVisit(newOffender(), visitId, "VISCANC");

        assertThat(result).isEqualTo(CancelResult.NOT_FOUND);
        assertThat(found(visitId).visitStatus()).isEqualTo("SCH");
    }

    @Test
    void findVisitOfAnUnknownIdIsEmpty() {
        assertThat(api().findVisit(UNKNOWN_VISIT_ID)).isEmpty();
    }
}
