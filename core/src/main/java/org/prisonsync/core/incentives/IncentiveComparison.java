package org.prisonsync.core.incentives;

import java.util.Optional;
import java.util.Set;

/**
 * Seed 000's incentive reconciliation procedure as code: given a prisoner's booking, NOMIS's current IEP and DPS's
 * current review (either may be absent), says whether they agree and, if not, which side is likely wrong.
 *
 * <ul>
 *   <li>NOMIS's current IEP was written by {@value #API_MODULE} (the NOMIS API, i.e. this sync) or on the NOMIS IEP
 *   screen {@value #IEP_SCREEN} (a manual review): it is a review DPS does not hold as current, so NOMIS is likely
 *   wrong (an out-of-order or lost sync, or a review made in NOMIS); the repair re-creates DPS's review in NOMIS.</li>
 *   <li>Any other module is NOMIS generating an IEP on a movement. Dated after DPS's review, the prisoner was
 *   transferred in twice: NOMIS is wrong and that IEP is the one NOMIS support must delete.</li>
 *   <li>Dated before, neither cause fits: the note says to check whether DPS missed the movement.</li>
 * </ul>
 */
public final class IncentiveComparison {
    /** The audit module of IEPs written through the NOMIS prisoner API. */
    public static final String API_MODULE = "JDBC Thin Client";
    /** The NOMIS IEP screen: a review made by hand in NOMIS. */
    public static final String IEP_SCREEN = "OIDOIEPS";
    private static final Set<String> REVIEW_MODULES = Set.of(API_MODULE, IEP_SCREEN);

    private IncentiveComparison() {
    }

    public static IncentiveVerdict compare(String offenderNo, long bookingId, Optional<NomisIncentive> nomis,
                                           Optional<IncentiveReview> dps) {
        String nomisLevel = nomis.map(NomisIncentive::levelCode).orElse(null);
        String dpsLevel = dps.map(IncentiveReview::iepCode).orElse(null);
        if (nomis.isEmpty() && dps.isEmpty()) {
            return verdict(offenderNo, bookingId, null, null, IncentiveVerdict.Kind.CONSISTENT,
                    IncentiveVerdict.Side.NONE, null, "neither NOMIS nor DPS has an incentive level");
        }
        if (nomis.isPresent() && dps.isPresent() && nomisLevel.equals(dpsLevel)) {
            return verdict(offenderNo, bookingId, nomisLevel, dpsLevel, IncentiveVerdict.Kind.CONSISTENT,
                    IncentiveVerdict.Side.NONE, null, "both are on " + nomisLevel);
        }
        if (nomis.isEmpty()) {
            return verdict(offenderNo, bookingId, null, dpsLevel, IncentiveVerdict.Kind.MISSING_IN_NOMIS,
                    IncentiveVerdict.Side.NOMIS, null, "NOMIS has no IEP on booking " + bookingId + ", DPS review "
                            + dps.get().id() + " says " + dpsLevel + ": repair to create it in NOMIS");
        }
        if (dps.isEmpty()) {
            return verdict(offenderNo, bookingId, nomisLevel, null, IncentiveVerdict.Kind.MISSING_IN_DPS,
                    IncentiveVerdict.Side.DPS, null, "DPS has no review for " + offenderNo + ", NOMIS says "
                            + nomisLevel + ": check DPS received the prisoner's movement (prisoner.received)");
        }
        return differing(offenderNo, bookingId, nomis.get(), dps.get());
    }

    private static IncentiveVerdict differing(String offenderNo, long bookingId, NomisIncentive nomis,
                                              IncentiveReview dps) {
        String levels = "NOMIS " + nomis.levelCode() + " (IEP " + nomis.id() + " by " + nomis.auditModule()
                + " at " + nomis.iepDateTime() + "), DPS " + dps.iepCode() + " (review " + dps.id() + " at "
                + dps.reviewedAt() + ")";
        if (nomis.auditModule() != null && REVIEW_MODULES.contains(nomis.auditModule())) {
            return verdict(offenderNo, bookingId, nomis.levelCode(), dps.iepCode(),
                    IncentiveVerdict.Kind.NOMIS_REVIEW_DIFFERS, IncentiveVerdict.Side.NOMIS, null,
                    levels + ": NOMIS's current IEP is a review DPS does not hold as current; repair re-creates"
                            + " DPS's review in NOMIS");
        }
        if (nomis.iepDateTime().isAfter(dps.reviewedAt())) {
            return verdict(offenderNo, bookingId, nomis.levelCode(), dps.iepCode(),
                    IncentiveVerdict.Kind.DOUBLE_TRANSFER, IncentiveVerdict.Side.NOMIS, nomis.id(),
                    levels + ": NOMIS generated an IEP after DPS's review (transferred in twice); ask NOMIS support"
                            + " to delete IEP sequence " + nomis.id().sequence() + " of booking "
                            + nomis.id().bookingId());
        }
        return verdict(offenderNo, bookingId, nomis.levelCode(), dps.iepCode(), IncentiveVerdict.Kind.UNEXPLAINED,
                IncentiveVerdict.Side.UNKNOWN, null, levels + ": a system-generated NOMIS IEP older than DPS's"
                        + " review; check whether DPS missed a movement before repairing");
    }

    private static IncentiveVerdict verdict(String offenderNo, long bookingId, String nomisLevel, String dpsLevel,
                                            IncentiveVerdict.Kind kind, IncentiveVerdict.Side side,
                                            NomisIncentiveId toRemove, String note) {
        return new IncentiveVerdict(offenderNo, bookingId, nomisLevel, dpsLevel, kind, side, toRemove,
                offenderNo + " booking " + bookingId + ": " + note);
    }
}
