package org.prisonsync.core.nonassociations;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.message.Ids;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The non-association repairs, each with a dry run that reads both sides and says what it would change, changing
 * nothing:
 * <ul>
 *   <li>{@link #resync}: make NOMIS say what DPS says about one non-association (seed 000's "a sync from DPS can be
 *       forced", without editing a comment in DPS): its NOMIS record matched as a merge would match it, the mapping
 *       pointed at it, the record amended from DPS (closed if DPS closed it), or made when NOMIS has none; one DPS
 *       no longer has is deleted from NOMIS with its mapping;</li>
 *   <li>{@link #resyncPair}: the same for every DPS non-association of a pair (the reconciliation's repair), refused
 *       while NOMIS holds a record of the pair that no DPS one accounts for;</li>
 *   <li>{@link #close}: close one NOMIS record (seed 000's "closed by calling the /close nomis-api endpoint").</li>
 * </ul>
 */
public final class NonAssociationRepairs {
    public static final String RESYNC = "non-associations-resync";
    public static final String CLOSE = "non-associations-close";
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final PairSettlement settlement;
    private final WriteClaims claims;
    private final Telemetry telemetry;
    private final Clock clock;

    NonAssociationRepairs(PairSettlement settlement, WriteClaims claims, Telemetry telemetry, Clock clock) {
        this.settlement = settlement;
        this.claims = claims;
        this.telemetry = telemetry;
        this.clock = clock;
    }

    /** Resynchronises DPS non-association {@code id} to NOMIS. */
    public RepairReport resync(long id, boolean dryRun) {
        if (id <= 0) {
            throw new IllegalArgumentException("a non-association id is a positive number: " + id);
        }
        Optional<LegacyNonAssociation> na = settlement.dps().find(id);
        if (na.isEmpty()) {
            return resyncDeleted(id, dryRun);
        }
        return settle(na.get().pair(), OptionalLong.of(id), dryRun, RESYNC);
    }

    /** Resynchronises every DPS non-association of the pair to NOMIS. */
    public RepairReport resyncPair(NonAssociationPair pair, boolean dryRun) {
        return settle(pair, OptionalLong.empty(), dryRun, RESYNC);
    }

    /** Closes NOMIS's record {@code offenderNo}/{@code nsOffenderNo}/{@code typeSequence}. */
    public RepairReport close(String offenderNo, String nsOffenderNo, int typeSequence, boolean dryRun) {
        if (!Ids.isPrisonerNumber(offenderNo) || !Ids.isPrisonerNumber(nsOffenderNo)) {
            throw new IllegalArgumentException("not a prisoner number (like A1234BC): "
                    + Ids.quote(Ids.isPrisonerNumber(offenderNo) ? nsOffenderNo : offenderNo));
        }
        if (offenderNo.equals(nsOffenderNo)) {
            throw new IllegalArgumentException("a non-association is between two different prisoners");
        }
        NomisNonAssociationId id = NomisNonAssociationId.of(offenderNo, nsOffenderNo, typeSequence);
        Optional<NomisNonAssociation> record = settlement.nomis().find(id);
        if (record.isEmpty()) {
            return RepairReport.notFound(CLOSE, dryRun, "NOMIS has no non-association " + id);
        }
        if (!record.get().openOn(settlement.today())) {
            return RepairReport.nothingToDo(CLOSE, dryRun, "NOMIS non-association " + id + " is closed (expired "
                    + record.get().expiryDate() + ")");
        }
        List<String> actions = List.of("close NOMIS non-association " + id + " (" + record.get().type() + " from "
                + record.get().effectiveDate() + ", open)");
        if (dryRun) {
            return RepairReport.of(CLOSE, true, actions, id.toString());
        }
        settlement.nomis().close(id);
        telemetry.track(NonAssociationsSync.ENTITY + "-repair-close", Map.of("offenderNo", id.firstOffenderNo(),
                "nsOffenderNo", id.secondOffenderNo(), "typeSequence", Integer.toString(typeSequence)));
        return RepairReport.of(CLOSE, false, actions, id + " closed");
    }

    private RepairReport resyncDeleted(long id, boolean dryRun) {
        MappingStore mappings = settlement.mappings();
        Optional<Mapping> mapping = mappings.findByDpsId(NonAssociationsSync.ENTITY_TYPE, Long.toString(id));
        if (mapping.isEmpty()) {
            return RepairReport.notFound(RESYNC, dryRun, "DPS has no non-association " + id + " and none is mapped");
        }
        NomisNonAssociationId nomisId = NonAssociationChangedHandler.mapped(mapping.get());
        List<String> actions = List.of("delete NOMIS non-association " + nomisId + " and its mapping: DPS "
                + "non-association " + id + " was deleted");
        if (dryRun) {
            return RepairReport.of(RESYNC, true, actions, "");
        }
        settlement.nomis().delete(nomisId);
        mappings.deleteByDpsId(NonAssociationsSync.ENTITY_TYPE, Long.toString(id));
        track("deleted", id, nomisId);
        return RepairReport.of(RESYNC, false, actions, "");
    }

    private RepairReport settle(NonAssociationPair pair, OptionalLong only, boolean dryRun, String operation) {
        List<DpsNonAssociation> ofPair = settlement.dps().between(pair.first(), pair.second());
        PairSettlement.Plan plan = settlement.plan(pair, ofPair, Map.of());
        if (only.isEmpty() && !plan.nomisOnly().isEmpty()) {
            return RepairReport.refused(operation, dryRun, "NOMIS holds " + describe(plan.nomisOnly())
                    + " of " + pair + " with no DPS non-association: close it (non-associations close) if it "
                    + "should not be in force, or exclude the pair, once someone has checked");
        }
        List<PairSettlement.Match> matches = plan.matches().stream()
                .filter(m -> only.isEmpty() || m.dps().id() == only.getAsLong()).toList();
        List<DpsNonAssociation> missing = plan.dpsOnly().stream()
                .filter(na -> only.isEmpty() || na.id() == only.getAsLong()).toList();
        if (only.isPresent() && matches.isEmpty() && missing.isEmpty()) {
            return RepairReport.refused(operation, dryRun, "DPS non-association " + only.getAsLong() + " is mapped "
                    + "to a NOMIS record of another pair: resync after the merge or move has been synchronised");
        }
        List<String> actions = new ArrayList<>();
        List<PairSettlement.Match> toAmend = new ArrayList<>();
        for (PairSettlement.Match match : matches) {
            LegacyNonAssociation legacy = legacy(match.dps().id());
            NomisNonAssociationId id = match.nomis().id();
            if (match.remap()) {
                actions.add("map DPS non-association " + match.dps().id() + " to NOMIS " + id
                        + match.current().map(m -> " (mapped to " + m.nomisId() + ")").orElse(" (unmapped)"));
            }
            if (differs(legacy, match.nomis())) {
                actions.add("amend NOMIS " + id + " from DPS non-association " + match.dps().id() + " ("
                        + summary(match.nomis()) + " → " + legacy.typeCode() + " from "
                        + legacy.effectiveDate().toLocalDate() + (legacy.closed() ? ", closed" : ", open") + ")");
                toAmend.add(match);
            }
        }
        for (DpsNonAssociation na : missing) {
            actions.add("create DPS non-association " + na.id() + " in NOMIS (" + na.nomisType() + " between "
                    + pair + (na.closed() ? ", closed" : "") + ") and map it");
        }
        if (actions.isEmpty()) {
            return RepairReport.nothingToDo(operation, dryRun, "NOMIS says what DPS says about "
                    + (only.isPresent() ? "non-association " + only.getAsLong() : pair));
        }
        if (dryRun) {
            return RepairReport.of(operation, true, actions, pair.toString());
        }
        PairSettlement.Applied applied = settlement.apply(new PairSettlement.Plan(pair, matches, List.of(),
                List.of()));
        if (!applied.conflicts().isEmpty()) {
            return RepairReport.refused(operation, false, String.join("; ", applied.conflicts()));
        }
        for (PairSettlement.Match match : toAmend) {
            NomisNonAssociationId id = match.nomis().id();
            settlement.nomis().amend(id, NonAssociationChangedHandler.oriented(id,
                    NomisNonAssociationRequest.from(legacy(match.dps().id()))));
            track("amended", match.dps().id(), id);
        }
        for (DpsNonAssociation na : missing) {
            create(legacy(na.id()));
        }
        return RepairReport.of(operation, false, actions, pair.toString());
    }

    /** Creates and maps under the create's own claim, so a create event being handled now cannot write it too. */
    private void create(LegacyNonAssociation na) {
        String dpsId = Long.toString(na.id());
        ClaimKey key = new ClaimKey(NonAssociationsSync.ENTITY_TYPE, dpsId);
        String owner = "repair/" + RESYNC + "/" + dpsId;
        ClaimResult claim = claims.claim(key, owner, clock.instant(), LEASE);
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            throw new IllegalStateException("non-association " + dpsId + " is being created by " + held.owner()
                    + " now: look again in a minute");
        }
        try {
            if (settlement.mappings().findByDpsId(NonAssociationsSync.ENTITY_TYPE, dpsId).isPresent()) {
                return;
            }
            int sequence = settlement.nomis().create(NomisNonAssociationRequest.from(na));
            NomisNonAssociationId id = NomisNonAssociationId.of(na.offenderNo(), na.nsOffenderNo(), sequence);
            if (na.closed()) {
                settlement.nomis().close(id);
            }
            MappingSaveResult saved = settlement.mappings().save(Mapping.of(NonAssociationsSync.ENTITY_TYPE,
                    id.key(), dpsId, id.firstOffenderNo(), NonAssociationsSync.NON_ASSOCIATION_CREATED));
            if (saved instanceof MappingSaveResult.Conflict conflict) {
                throw new IllegalStateException("NOMIS " + id + " made, but its mapping collides with "
                        + conflict.existing().dpsId() + " → " + conflict.existing().nomisId());
            }
            track("created", na.id(), id);
        } finally {
            claims.complete(key);
        }
    }

    private LegacyNonAssociation legacy(long id) {
        return settlement.dps().find(id).orElseThrow(() -> new IllegalStateException("DPS non-association " + id
                + " has just gone"));
    }

    private boolean differs(LegacyNonAssociation legacy, NomisNonAssociation record) {
        NomisNonAssociationRequest request = NonAssociationChangedHandler.oriented(record.id(),
                NomisNonAssociationRequest.from(legacy));
        return !request.describes(record) || legacy.closed() == record.openOn(settlement.today());
    }

    private void track(String what, long dpsId, NomisNonAssociationId id) {
        telemetry.track(NonAssociationsSync.ENTITY + "-repair-resync", Map.of("nonAssociationId",
                Long.toString(dpsId), "nomisId", id.key(), "offenderNo", id.firstOffenderNo(), "nsOffenderNo",
                id.secondOffenderNo(), "action", what));
    }

    private String summary(NomisNonAssociation record) {
        return record.type() + " from " + record.effectiveDate() + (record.openOn(settlement.today()) ? ", open"
                : ", closed");
    }

    private String describe(List<NomisNonAssociation> records) {
        return records.stream().map(r -> "sequence " + r.typeSequence() + " (" + summary(r) + ")").toList()
                .toString();
    }
}
