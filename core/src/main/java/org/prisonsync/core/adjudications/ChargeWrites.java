package org.prisonsync.core.adjudications;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.locations.NomisLocations;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;

/**
 * The writes of one charge that the handlers and the punishment repair share: its NOMIS charge from the mapping,
 * the hearing request, a hearing's result brought to DPS's outcome, and the awards brought to DPS's punishments.
 * Each write converges: it reads both sides and changes only what differs, so the same write twice (a redelivery,
 * a second consumer after the first) changes nothing more. Locations are upstream's: an incident or hearing DPS
 * names by DPS location uuid is written at the NOMIS location the shared location mappings give for it (unmapped:
 * {@link org.prisonsync.core.locations.LocationNotMapped}, retried, as appointments and activities do), else at the
 * NOMIS id DPS still carries.
 */
final class ChargeWrites {
    private final AdjudicationsNomisApi nomis;
    private final MappingStore mappings;
    private final NomisLocations locations;

    ChargeWrites(AdjudicationsNomisApi nomis, MappingStore mappings, NomisLocations locations) {
        this.nomis = nomis;
        this.mappings = mappings;
        this.locations = locations;
    }

    /** A parent (the charge, the hearing, a hearing result) that is not in NOMIS or not mapped yet. */
    static final class AwaitingParent extends RuntimeException {
        AwaitingParent(String message) {
            super(message, null, false, false);
        }
    }

    MappingStore mappings() {
        return mappings;
    }

    NomisChargeId chargeOf(String chargeNumber) {
        Mapping mapping = mappings.findByDpsId(AdjudicationsSync.ADJUDICATION, chargeNumber).orElseThrow(() ->
                new AwaitingParent("no mapping yet for adjudication " + chargeNumber));
        return NomisChargeId.parseKey(mapping.nomisId()).orElseThrow(() -> new UpstreamRejected(422,
                "the mapping of adjudication " + chargeNumber + " names no NOMIS charge: " + mapping.nomisId()));
    }

    NomisAdjudication adjudication(NomisChargeId charge) {
        return nomis.adjudication(charge.adjudicationNumber()).orElseThrow(() -> new AwaitingParent(
                "NOMIS has no adjudication " + charge.adjudicationNumber()));
    }

    Optional<NomisHearingKey> hearingOf(long dpsHearingId) {
        return mappings.findByDpsId(AdjudicationsSync.HEARING, Long.toString(dpsHearingId))
                .flatMap(m -> NomisHearingKey.parseKey(m.nomisId()));
    }

    /** The NOMIS request of a DPS hearing, at its NOMIS location. */
    NomisHearingRequest hearingRequest(DpsCharge.Hearing hearing) {
        long location;
        if (hearing.locationUuid() != null) {
            location = locations.nomisLocationId(hearing.locationUuid(), "hearing " + hearing.id(),
                    Map.of("dpsHearingId", Long.toString(hearing.id())));
        } else if (hearing.locationId() != null) {
            location = hearing.locationId();
        } else {
            throw new UpstreamRejected(422, "DPS hearing " + hearing.id() + " has no location");
        }
        return hearingRequest(hearing, location);
    }

    static NomisHearingRequest hearingRequest(DpsCharge.Hearing hearing, long nomisLocationId) {
        return new NomisHearingRequest(hearing.oicHearingType(), hearing.dateTimeOfHearing().toLocalDate(),
                hearing.dateTimeOfHearing().toLocalTime().withNano(0), hearing.agencyId(), nomisLocationId);
    }

    /** The NOMIS location of a charge's incident. */
    long incidentLocation(DpsCharge charge) {
        if (charge.incidentLocationUuid() != null) {
            return locations.nomisLocationId(charge.incidentLocationUuid(), "adjudication " + charge.chargeNumber(),
                    Map.of("chargeNumber", charge.chargeNumber(), "offenderNo", charge.prisonerNumber()));
        }
        if (charge.incidentLocationId() == null) {
            throw new UpstreamRejected(422, "DPS adjudication " + charge.chargeNumber() + " has no location");
        }
        return charge.incidentLocationId();
    }

    static LocalTime time(java.time.LocalDateTime dateTime) {
        return dateTime.toLocalTime().withNano(0);
    }

    /**
     * Brings the result of one hearing (or, with {@code dpsHearingId} null, the result without a hearing) to what
     * DPS holds: upserted with DPS's finding, or deleted when DPS has no outcome for it. Answers what it did.
     */
    String syncResult(DpsCharge charge, NomisChargeId id, Long dpsHearingId) {
        if (dpsHearingId == null) {
            Optional<DpsCharge.Outcome> outcome = charge.outcomeWithoutHearing();
            if (outcome.isPresent()) {
                nomis.upsertResultWithoutHearing(id, new NomisResultRequest(null, "NOT_ASKED",
                        AdjudicationCodes.outcomeFinding(outcome.get().code())));
                return "result without a hearing " + AdjudicationCodes.outcomeFinding(outcome.get().code());
            }
            nomis.deleteResultWithoutHearing(id);
            return "result without a hearing deleted";
        }
        Optional<DpsCharge.Hearing> hearing = charge.hearing(dpsHearingId);
        Optional<String> finding = hearing.flatMap(h -> AdjudicationCodes.finding(h, charge.outcomeOf(h.id())));
        NomisHearingKey key = hearingOf(dpsHearingId).orElse(null);
        if (key == null) {
            if (finding.isEmpty()) {
                return "nothing: hearing " + dpsHearingId + " is not mapped and has no outcome";
            }
            throw new AwaitingParent("no mapping yet for hearing " + dpsHearingId);
        }
        if (finding.isEmpty()) {
            nomis.deleteHearingResult(id, key.hearingId());
            return "result on hearing " + key.hearingId() + " deleted";
        }
        DpsCharge.HearingOutcome outcome = hearing.get().outcome();
        nomis.upsertHearingResult(id, key.hearingId(), new NomisResultRequest(
                outcome == null ? null : outcome.adjudicator(),
                AdjudicationCodes.plea(outcome == null ? null : outcome.plea()), finding.get()));
        return "result " + finding.get() + " on hearing " + key.hearingId();
    }

    /** What bringing the awards of a charge to DPS's punishments takes. */
    record PunishmentPlan(NomisChargeId charge, List<String> staleMappings, List<Mapping> adopted,
                          List<DpsCharge.Punishment> toCreate, List<NomisAwardRequest> createRequests,
                          Map<Integer, NomisAwardRequest> toUpdate, List<NomisAwardId> toDelete,
                          boolean nomisUnchanged, String prisonerNumber) {

        boolean nothingToDo() {
            return staleMappings.isEmpty() && adopted.isEmpty() && nomisUnchanged;
        }

        List<String> steps() {
            List<String> steps = new ArrayList<>();
            staleMappings.forEach(p -> steps.add("delete the mapping of punishment " + p
                    + " (its NOMIS award is gone)"));
            adopted.forEach(m -> steps.add("map punishment " + m.dpsId() + " to the unmapped NOMIS award "
                    + m.nomisId()));
            if (!nomisUnchanged) {
                toCreate.forEach(p -> steps.add("create a NOMIS award for punishment " + p.id() + " (" + p.type()
                        + ") on charge " + charge + " and map it"));
                toUpdate.keySet().forEach(s -> steps.add("rewrite NOMIS award " + s + " of charge " + charge));
                toDelete.forEach(a -> steps.add("delete NOMIS award " + a.key() + " (no DPS punishment)"));
            }
            return steps;
        }
    }

    /**
     * The NOMIS charge a punishment is consecutive to, through the adjudication mapping of DPS's
     * {@code consecutiveChargeNumber} (upstream's rule); that charge not mapped yet is a parent not ready: the write
     * waits for it ({@link AwaitingParent}) rather than dropping the link.
     */
    private NomisChargeId consecutiveChargeOf(DpsCharge.Punishment p) {
        if (p.consecutiveChargeNumber() == null) {
            return null;
        }
        return chargeOf(p.consecutiveChargeNumber());
    }

    PunishmentPlan planPunishments(DpsCharge charge, NomisChargeId id, NomisAdjudication adjudication) {
        List<NomisAdjudication.Award> existing = adjudication.awardsOf(id.chargeSequence());
        Map<String, NomisAdjudication.Award> byKey = new LinkedHashMap<>();
        existing.forEach(a -> byKey.put(a.id().key(), a));
        List<String> stale = new ArrayList<>();
        List<Mapping> adopted = new ArrayList<>();
        List<DpsCharge.Punishment> create = new ArrayList<>();
        List<NomisAwardRequest> createRequests = new ArrayList<>();
        Map<Integer, NomisAwardRequest> update = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        boolean unchanged = true;
        for (DpsCharge.Punishment p : charge.punishments()) {
            NomisAwardRequest wanted = AdjudicationCodes.award(charge, p, consecutiveChargeOf(p));
            Optional<Mapping> mapping = mappings.findByDpsId(AdjudicationsSync.PUNISHMENT, Long.toString(p.id()));
            if (mapping.isPresent() && byKey.containsKey(mapping.get().nomisId())) {
                NomisAdjudication.Award award = byKey.get(mapping.get().nomisId());
                used.add(award.id().key());
                update.put(award.id().sanctionSequence(), wanted);
                unchanged &= award.award().equals(wanted);
                continue;
            }
            if (mapping.isPresent()) {
                stale.add(mapping.get().dpsId());
            }
            Optional<NomisAdjudication.Award> adoptable = existing.stream()
                    .filter(a -> !used.contains(a.id().key()) && a.award().equals(wanted))
                    .filter(a -> mappings.findByNomisId(AdjudicationsSync.PUNISHMENT, a.id().key()).isEmpty())
                    .findFirst();
            if (adoptable.isPresent()) {
                used.add(adoptable.get().id().key());
                adopted.add(Mapping.of(AdjudicationsSync.PUNISHMENT, adoptable.get().id().key(),
                        Long.toString(p.id()), charge.prisonerNumber(), AdjudicationsSync.MAPPING_TYPE));
                update.put(adoptable.get().id().sanctionSequence(), wanted);
                continue;
            }
            create.add(p);
            createRequests.add(wanted);
            unchanged = false;
        }
        List<NomisAwardId> delete = existing.stream().map(NomisAdjudication.Award::id)
                .filter(a -> !used.contains(a.key())).toList();
        unchanged &= delete.isEmpty();
        return new PunishmentPlan(id, stale, adopted, create, createRequests, update, delete, unchanged,
                charge.prisonerNumber());
    }

    /** Carries out a plan: stale mappings removed, adoptions mapped, NOMIS written, its answer mapped. */
    void apply(PunishmentPlan plan, NomisAdjudication adjudication) {
        for (String stale : plan.staleMappings()) {
            mappings.deleteByDpsId(AdjudicationsSync.PUNISHMENT, stale);
        }
        plan.adopted().forEach(this::save);
        if (plan.nomisUnchanged()) {
            return;
        }
        if (plan.toCreate().isEmpty() && plan.toUpdate().isEmpty()) {
            forgetDeleted(nomis.deleteAwards(plan.charge()));
            return;
        }
        if (!adjudication.hasResultFor(plan.charge().chargeSequence())) {
            throw new AwaitingParent("NOMIS charge " + plan.charge() + " has no hearing result to award on yet");
        }
        AdjudicationsNomisApi.AwardChanges changes = nomis.updateAwards(plan.charge(), plan.createRequests(),
                plan.toUpdate());
        mapCreated(plan, changes.created());
        forgetDeleted(changes.deleted());
    }

    void mapCreated(PunishmentPlan plan, List<NomisAwardId> created) {
        if (created.size() != plan.toCreate().size()) {
            throw new UpstreamRejected(502, "NOMIS answered " + created.size() + " awards created for "
                    + plan.toCreate().size() + " asked");
        }
        for (int i = 0; i < created.size(); i++) {
            save(Mapping.of(AdjudicationsSync.PUNISHMENT, created.get(i).key(),
                    Long.toString(plan.toCreate().get(i).id()), plan.prisonerNumber(), AdjudicationsSync.MAPPING_TYPE));
        }
    }

    void forgetDeleted(List<NomisAwardId> deleted) {
        for (NomisAwardId award : deleted) {
            mappings.findByNomisId(AdjudicationsSync.PUNISHMENT, award.key())
                    .ifPresent(m -> mappings.deleteByDpsId(AdjudicationsSync.PUNISHMENT, m.dpsId()));
        }
    }

    private void save(Mapping mapping) {
        MappingSaveResult saved = mappings.save(mapping);
        if (saved instanceof MappingSaveResult.Conflict conflict) {
            throw new UpstreamRejected(409, "punishment mapping " + mapping.dpsId() + " ⇄ " + mapping.nomisId()
                    + " conflicts with " + conflict.existing().dpsId() + " ⇄ " + conflict.existing().nomisId());
        }
    }
}
