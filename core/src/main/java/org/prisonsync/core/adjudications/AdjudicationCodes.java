package org.prisonsync.core.adjudications;

import java.time.LocalDate;
import java.util.Optional;

/**
 * DPS's adjudication codes in NOMIS's terms, the one place they are translated: damages to repair types, evidence to
 * evidence types, pleas and outcomes to NOMIS plea and finding codes, punishments to awards (sanction type, status,
 * effective date, days).
 */
public final class AdjudicationCodes {
    private AdjudicationCodes() {
    }

    public static String repairType(String damageCode) {
        return switch (damageCode) {
            case "ELECTRICAL_REPAIR" -> "ELEC";
            case "PLUMBING_REPAIR" -> "PLUM";
            case "LOCK_REPAIR" -> "LOCK";
            case "REDECORATION" -> "DECO";
            case "CLEANING" -> "CLEA";
            default -> "FABR";
        };
    }

    public static String evidenceType(String evidenceCode) {
        return switch (evidenceCode) {
            case "PHOTO" -> "PHOTO";
            case "BAGGED_AND_TAGGED" -> "EVI_BAG";
            default -> "OTHER";
        };
    }

    public static String plea(String dpsPlea) {
        if (dpsPlea == null) {
            return "NOT_ASKED";
        }
        return switch (dpsPlea) {
            case "ABSTAIN" -> "REFUSED";
            case "UNFIT", "GUILTY", "NOT_GUILTY" -> dpsPlea;
            default -> "NOT_ASKED";
        };
    }

    /**
     * The NOMIS finding of a hearing: from the outcome that follows it when it has one (a completed hearing's
     * verdict, a referral's result), else from the hearing's own outcome (adjourned, referred).
     */
    public static Optional<String> finding(DpsCharge.Hearing hearing, Optional<DpsCharge.Outcome> outcome) {
        if (outcome.isPresent() && !"SCHEDULE_HEARING".equals(outcome.get().code())) {
            return Optional.of(outcomeFinding(outcome.get().code()));
        }
        if (hearing.outcome() == null) {
            return Optional.empty();
        }
        return Optional.of(switch (hearing.outcome().code()) {
            case "ADJOURN" -> "ADJOURNED";
            case "REFER_POLICE" -> "REF_POLICE";
            case "REFER_INAD" -> "REF_INAD";
            case "REFER_GOV" -> "REF_GOV";
            default -> "PROVED";
        });
    }

    /** The NOMIS finding of an outcome ({@code OutcomeDto.code}). */
    public static String outcomeFinding(String outcomeCode) {
        return switch (outcomeCode) {
            case "CHARGE_PROVED" -> "PROVED";
            case "DISMISSED" -> "D";
            case "NOT_PROCEED" -> "NOT_PROCEED";
            case "PROSECUTION" -> "PROSECUTED";
            case "QUASHED" -> "QUASHED";
            case "REFER_POLICE" -> "REF_POLICE";
            case "REFER_INAD" -> "REF_INAD";
            case "REFER_GOV" -> "REF_GOV";
            default -> "NOT_PROCEED";
        };
    }

    public static String sanctionType(String punishmentType) {
        return switch (punishmentType) {
            case "PRIVILEGE" -> "FORFEIT";
            case "EARNINGS" -> "STOP_PCT";
            case "CONFINEMENT" -> "CC";
            case "REMOVAL_ACTIVITY" -> "REMACT";
            case "EXCLUSION_WORK" -> "EXTRA_WORK";
            case "EXTRA_WORK" -> "EXTW";
            case "REMOVAL_WING" -> "REMWIN";
            case "ADDITIONAL_DAYS", "PROSPECTIVE_DAYS" -> "ADA";
            case "CAUTION" -> "CAUTION";
            case "PAYBACK" -> "PP";
            case "RESTRICTION_OF_SOCIAL_VISITS" -> "RESTR_VISITS";
            case "LOSS_OF_SOCIAL_VISITS" -> "LOSS_VISITS";
            default -> "OTHER";
        };
    }

    /** The award NOMIS should hold for a DPS punishment of this charge that is consecutive to no other. */
    public static NomisAwardRequest award(DpsCharge charge, DpsCharge.Punishment p) {
        return award(charge, p, null);
    }

    /**
     * The award NOMIS should hold for a DPS punishment of this charge; {@code consecutiveCharge} is the NOMIS charge
     * of DPS's {@code consecutiveChargeNumber} (upstream's {@code consecutiveCharge}), null when it has none.
     */
    public static NomisAwardRequest award(DpsCharge charge, DpsCharge.Punishment p, NomisChargeId consecutiveCharge) {
        boolean prospective = "PROSPECTIVE_DAYS".equals(p.type());
        String status;
        if (charge.quashed()) {
            status = "QUASHED";
        } else if (p.suspendedUntil() != null) {
            status = prospective ? "SUSP_PROSP" : "SUSPENDED";
        } else {
            status = prospective ? "PROSPECTIVE" : "IMMEDIATE";
        }
        LocalDate effective = p.startDate() != null ? p.startDate()
                : charge.latestHearingWithOutcome().map(h -> h.dateTimeOfHearing().toLocalDate())
                        .orElse(charge.createdDateTime() == null ? null : charge.createdDateTime().toLocalDate());
        if (effective == null) {
            throw new IllegalArgumentException("punishment " + p.id() + " has no date to take effect from");
        }
        String comment = switch (p.type()) {
            case "PRIVILEGE" -> p.privilegeType();
            case "EARNINGS" -> p.stoppagePercentage() == null ? null : p.stoppagePercentage() + "%";
            default -> null;
        };
        return new NomisAwardRequest(sanctionType(p.type()), status, effective, p.awardedDays(), comment,
                p.damagesOwedAmount(), consecutiveCharge);
    }
}
