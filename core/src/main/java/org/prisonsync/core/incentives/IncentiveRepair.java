package org.prisonsync.core.incentives;

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

    private final IncentivesDpsApi dps;
    private final IncentivesNomisApi nomis;
    private final Telemetry telemetry;

    public IncentiveRepair(IncentivesDpsApi dps, IncentivesNomisApi nomis, Telemetry telemetry) {
        this.dps = dps;
        this.nomis = nomis;
        this.telemetry = telemetry;
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
        List<String> actions = List.of("create a " + current.iepCode() + " IEP dated " + current.reviewedAt()
                + " at " + current.agencyId() + " on " + offenderNo + "'s current NOMIS booking (now "
                + iep.map(i -> i.levelCode() + ", IEP " + i.id()).orElse("none") + ") from DPS review "
                + current.id());
        if (dryRun) {
            return RepairReport.of(OPERATION, true, actions, offenderNo);
        }
        NomisIncentiveId created;
        try {
            created = nomis.createIncentive(offenderNo, NomisIncentiveRequest.from(current));
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
