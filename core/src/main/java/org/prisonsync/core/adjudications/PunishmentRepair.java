package org.prisonsync.core.adjudications;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.TargetWrite;

/**
 * Seed 000's punishment repair as one step (its "TODO – add new endpoint to do all of the above"): for one DPS
 * charge, remove the hearing mappings whose NOMIS hearing is gone and the punishment mappings whose NOMIS award is
 * gone, then re-create each DPS hearing NOMIS lacks and map it, upsert each hearing's result from DPS's outcome and
 * bring the awards to DPS's punishments. It holds the charge's claim (the one the outcome and punishment handlers
 * take) throughout. The dry run lists the same steps and changes nothing.
 */
public final class PunishmentRepair {
    public static final String NAME = "adjudication-repair-punishments";

    private final AdjudicationsDpsApi dps;
    private final AdjudicationsNomisApi nomis;
    private final ChargeWrites writes;
    private final AdjudicationHandlers handlers;
    private final WriteClaims claims;
    private final Clock clock;

    PunishmentRepair(AdjudicationsDpsApi dps, AdjudicationsNomisApi nomis, ChargeWrites writes,
                     AdjudicationHandlers handlers, WriteClaims claims, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.writes = writes;
        this.handlers = handlers;
        this.claims = claims;
        this.clock = clock;
    }

    public RepairReport repair(String prisonId, String offenderNo, String chargeNumber, boolean dryRun) {
        ClaimKey key = new ClaimKey(AdjudicationsSync.CHARGE_CLAIM, chargeNumber);
        String owner = "repair/" + UUID.randomUUID();
        if (!dryRun) {
            ClaimResult claim = claims.claim(key, owner, clock.instant(), Duration.ofSeconds(60));
            if (claim instanceof ClaimResult.HeldElsewhere held) {
                return RepairReport.refused(NAME, false, "adjudication " + chargeNumber + " is being written by "
                        + held.owner() + "; try again in a minute");
            }
        }
        try {
            return run(prisonId, offenderNo, chargeNumber, dryRun);
        } catch (ChargeWrites.AwaitingParent | UpstreamRejected | UpstreamUnavailable e) {
            return RepairReport.refused(NAME, dryRun, e.getMessage());
        } finally {
            if (!dryRun) {
                claims.complete(key);
            }
        }
    }

    private RepairReport run(String prisonId, String offenderNo, String chargeNumber, boolean dryRun) {
        Optional<DpsCharge> found = dps.charge(chargeNumber);
        if (found.isEmpty()) {
            return RepairReport.notFound(NAME, dryRun, "DPS has no adjudication " + chargeNumber);
        }
        DpsCharge charge = found.get();
        if (!charge.prisonerNumber().equals(offenderNo)) {
            return RepairReport.refused(NAME, dryRun, "adjudication " + chargeNumber + " is "
                    + charge.prisonerNumber() + "'s, not " + offenderNo + "'s");
        }
        if (charge.originatingAgencyId() != null && !charge.originatingAgencyId().equals(prisonId)) {
            return RepairReport.refused(NAME, dryRun, "adjudication " + chargeNumber + " was reported at "
                    + charge.originatingAgencyId() + ", not " + prisonId);
        }
        if (writes.mappings().findByDpsId(AdjudicationsSync.ADJUDICATION, chargeNumber).isEmpty()) {
            return RepairReport.notFound(NAME, dryRun, "adjudication " + chargeNumber
                    + " is not mapped to NOMIS: it was never created there");
        }
        NomisChargeId id = writes.chargeOf(chargeNumber);
        NomisAdjudication adjudication = writes.adjudication(id);
        List<String> steps = new ArrayList<>();

        List<DpsCharge.Hearing> toCreate = new ArrayList<>();
        for (DpsCharge.Hearing hearing : charge.hearings()) {
            Optional<NomisHearingKey> mapped = writes.hearingOf(hearing.id());
            if (mapped.isPresent() && adjudication.hearing(mapped.get().hearingId()).isEmpty()) {
                steps.add("delete the mapping of hearing " + hearing.id() + " (NOMIS hearing "
                        + mapped.get().hearingId() + " is gone)");
                if (!dryRun) {
                    writes.mappings().deleteByDpsId(AdjudicationsSync.HEARING, Long.toString(hearing.id()));
                }
                toCreate.add(hearing);
            } else if (mapped.isEmpty()) {
                toCreate.add(hearing);
            }
        }
        ChargeWrites.PunishmentPlan before = writes.planPunishments(charge, id, adjudication);
        before.staleMappings().forEach(p -> steps.add("delete the mapping of punishment " + p
                + " (its NOMIS award is gone)"));
        if (!dryRun) {
            before.staleMappings().forEach(p -> writes.mappings().deleteByDpsId(AdjudicationsSync.PUNISHMENT, p));
        }
        for (DpsCharge.Hearing hearing : toCreate) {
            steps.add("create a NOMIS hearing for DPS hearing " + hearing.id() + " (" + hearing.oicHearingType()
                    + " on " + hearing.dateTimeOfHearing() + ") on charge " + id + " and map it");
            if (!dryRun) {
                TargetWrite written = handlers.writeHearing(id, hearing, true);
                MappingSaveResult saved = writes.mappings().save(Mapping.of(AdjudicationsSync.HEARING,
                        written.targetId(), Long.toString(hearing.id()), charge.prisonerNumber(),
                        AdjudicationsSync.MAPPING_TYPE));
                if (saved instanceof MappingSaveResult.Conflict conflict) {
                    throw new UpstreamRejected(409, "hearing mapping " + hearing.id() + " conflicts with "
                            + conflict.existing().dpsId() + " ⇄ " + conflict.existing().nomisId());
                }
            }
        }
        for (DpsCharge.Hearing hearing : charge.hearings()) {
            Optional<String> finding = AdjudicationCodes.finding(hearing, charge.outcomeOf(hearing.id()));
            if (finding.isPresent() && needsResult(hearing, finding.get(), toCreate, adjudication, id)) {
                steps.add("upsert the result " + finding.get() + " of charge " + id + " on the hearing of DPS hearing "
                        + hearing.id());
                if (!dryRun) {
                    writes.syncResult(charge, id, hearing.id());
                }
            }
        }
        if (dryRun) {
            // what the awards need once the hearings and results above are back: every punishment not on a
            // NOMIS award that exists now
            ChargeWrites.PunishmentPlan plan = writes.planPunishments(charge, id, adjudication);
            List<String> rest = plan.steps().stream().filter(s -> !s.startsWith("delete the mapping")).toList();
            steps.addAll(rest);
        } else {
            NomisAdjudication now = writes.adjudication(id);
            ChargeWrites.PunishmentPlan plan = writes.planPunishments(charge, id, now);
            steps.addAll(plan.steps());
            writes.apply(plan, now);
        }
        if (steps.isEmpty()) {
            return RepairReport.nothingToDo(NAME, dryRun, "adjudication " + chargeNumber
                    + "'s hearings, results and awards are already in NOMIS");
        }
        return RepairReport.of(NAME, dryRun, steps, "");
    }

    private boolean needsResult(DpsCharge.Hearing hearing, String finding, List<DpsCharge.Hearing> toCreate,
                                NomisAdjudication adjudication, NomisChargeId id) {
        if (toCreate.contains(hearing)) {
            return true;
        }
        return writes.hearingOf(hearing.id()).flatMap(k -> adjudication.hearing(k.hearingId()))
                .flatMap(h -> h.resultFor(id.chargeSequence()))
                .map(r -> !finding.equals(r.findingCode())).orElse(true);
    }
}
