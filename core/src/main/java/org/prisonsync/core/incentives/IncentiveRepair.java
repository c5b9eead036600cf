package org.prisonsync.core.incentives;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Seed 000's fix for a NOMIS level that is wrong (an out-of-order sync, a manual NOMIS review, a double transfer):
 * create a new IEP in NOMIS from the prisoner's current DPS review, which makes it NOMIS's current one. As upstream's
 * {@code POST /incentives/prisoner/{prisonNumber}/repair}, no mapping is written (the review is mapped already, or
 * its own create will map it). The dry run reads both sides and says what it would write, writing nothing; a prisoner
 * whose NOMIS level already is DPS's needs nothing.
 */
public final class IncentiveRepair {
    public static final String OPERATION = "incentives-repair";
    /** NOMIS's IEP comment column. */
    private static final int MAX_COMMENT = 240;

    private final IncentivesDpsApi dps;
    private final IncentivesNomisApi nomis;
    private final Telemetry telemetry;
    private final Clock clock;

    public IncentiveRepair(IncentivesDpsApi dps, IncentivesNomisApi nomis, Telemetry telemetry, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    public RepairReport repair(String offenderNo, boolean dryRun) {
        if (!Ids.isPrisonerNumber(offenderNo)) {
            throw new IllegalArgumentException("not a prisoner number (like A1234BC): " + Ids.quote(offenderNo));
        }
        Optional<IncentiveReview> review = dps.currentReview(offenderNo);
        if (review.isEmpty()) {
            return RepairReport.notFound(OPERATION, dryRun, "DPS has no incentive review for " + offenderNo);
        }
        IncentiveReview current = review.get();
        Optional<NomisIncentive> iep = nomis.currentIncentive(current.bookingId());
        if (iep.isPresent() && iep.get().levelCode().equals(current.iepCode())) {
            return RepairReport.nothingToDo(OPERATION, dryRun, offenderNo + " is on " + current.iepCode()
                    + " in NOMIS (IEP " + iep.get().id() + ") and in DPS (review " + current.id() + ")");
        }
        // NOMIS's current IEP is its latest by date: the wrong one is dated after DPS's review (a manual review, a
        // second transfer), so the copy is dated now, or it would sit behind the IEP it is meant to correct
        LocalDateTime at = LocalDateTime.now(clock).withNano(0);
        LocalDateTime dated = at.isAfter(current.reviewedAt()) ? at : current.reviewedAt();
        List<String> actions = List.of("create a " + current.iepCode() + " IEP dated " + dated
                + " at " + current.agencyId() + " on " + offenderNo + "'s current NOMIS booking (now "
                + iep.map(i -> i.levelCode() + ", IEP " + i.id()).orElse("none") + ") from DPS review "
                + current.id());
        if (dryRun) {
            return RepairReport.of(OPERATION, true, actions, offenderNo);
        }
        NomisIncentiveId created;
        try {
            NomisIncentiveRequest copy = NomisIncentiveRequest.from(current);
            String comment = "DPS review " + current.id() + " of " + current.reviewedAt()
                    + ", re-created by prison-sync's repair" + (copy.comments() == null ? "" : ": " + copy.comments());
            created = nomis.createIncentive(offenderNo, new NomisIncentiveRequest(copy.iepLevel(),
                    comment.length() > MAX_COMMENT ? comment.substring(0, MAX_COMMENT) : comment, dated,
                    copy.prisonId(), copy.userId()));
        } catch (UpstreamRejected e) {
            if (e.status() == 404) {
                return RepairReport.notFound(OPERATION, false, "NOMIS has no booking for " + offenderNo);
            }
            throw e;
        }
        telemetry.track(OPERATION, Map.of("offenderNo", offenderNo, "bookingId", Long.toString(created.bookingId()),
                "incentiveSequence", Long.toString(created.sequence()), "incentiveId", Long.toString(current.id()),
                "iepCode", current.iepCode()));
        return RepairReport.of(OPERATION, false, actions, offenderNo + ": IEP " + created + " created");
    }
}
