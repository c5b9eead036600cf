package org.prisonsync.core.adjustments;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.sync.CreateDirection;
import org.prisonsync.core.sync.CreateFlow;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The adjustments repairs, each re-reading both sides first and changing nothing on a dry run:
 * <ul>
 *   <li>{@link #deleteNomisDuplicate}: seed 000's duplicate NOMIS adjustment ("will result in the prisoner being
 *   released early/late") — deleted only when unmapped and a mapped NOMIS adjustment of the same booking, sentence,
 *   type, dates and days exists;</li>
 *   <li>{@link #deleteDpsDuplicate}: seed 002's duplicate DPS adjustment (two threads created one) — deleted through
 *   the legacy API only when unmapped and a mapped DPS adjustment of the same prisoner and content exists;</li>
 *   <li>{@link #resyncBooking}: one booking put right from the side that is right: duplicates removed as above, a
 *   NOMIS adjustment DPS lacks (made in NOMIS, its event lost) created in DPS, a DPS adjustment NOMIS lacks created in
 *   NOMIS, each mapped, under the sync's own create claim so it never races the sync.</li>
 * </ul>
 * The repairs' own writes carry the sync's marks (audit module {@code DPS_SYNCHRONISATION}, source {@code NOMIS}), so
 * neither side's event for them comes back.
 */
public final class AdjustmentRepairs {
    public static final String DELETE_NOMIS_DUPLICATE = "adjustments-delete-nomis-duplicate";
    public static final String DELETE_DPS_DUPLICATE = "adjustments-delete-dps-duplicate";
    public static final String RESYNC_BOOKING = "adjustments-resync-booking";

    private final AdjustmentsNomisApi nomis;
    private final AdjustmentsDpsApi dps;
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final Telemetry telemetry;
    private final Clock clock;
    private final Duration lease;

    AdjustmentRepairs(AdjustmentsNomisApi nomis, AdjustmentsDpsApi dps, MappingStore mappings, WriteClaims claims,
                      Telemetry telemetry, Clock clock, Duration lease) {
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.claims = claims;
        this.telemetry = telemetry;
        this.clock = clock;
        this.lease = lease;
    }

    public RepairReport deleteNomisDuplicate(NomisAdjustmentId id, boolean dryRun) {
        Optional<NomisAdjustment> found = nomis.find(id);
        if (found.isEmpty()) {
            return RepairReport.notFound(DELETE_NOMIS_DUPLICATE, dryRun, "NOMIS has no adjustment " + id);
        }
        Optional<Mapping> own = mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, id.key());
        if (own.isPresent()) {
            return RepairReport.refused(DELETE_NOMIS_DUPLICATE, dryRun, "NOMIS adjustment " + id
                    + " is mapped to DPS adjustment " + own.get().dpsId() + ": it is not the duplicate");
        }
        NomisAdjustment copy = found.get();
        Optional<NomisAdjustment> kept = nomis.bookingAdjustments(copy.bookingId(), false).stream()
                .filter(a -> !a.id().equals(id))
                .filter(a -> BookingAdjustments.sameContent(a, copy))
                .filter(a -> mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, a.id().key()).isPresent())
                .findFirst();
        if (kept.isEmpty()) {
            return RepairReport.refused(DELETE_NOMIS_DUPLICATE, dryRun, "NOMIS adjustment " + id
                    + " is not a copy of a mapped adjustment (same booking, sentence, type, dates and days)");
        }
        List<String> actions = List.of("delete NOMIS adjustment " + id + " (" + copy.offenderNo() + ", booking "
                + copy.bookingId() + ", " + copy.adjustmentType() + ", " + copy.adjustmentDays()
                + " days), a copy of NOMIS adjustment " + kept.get().id() + " which is mapped");
        if (dryRun) {
            return RepairReport.of(DELETE_NOMIS_DUPLICATE, true, actions, "");
        }
        nomis.delete(id);
        telemetry.track(DELETE_NOMIS_DUPLICATE, props("nomisAdjustmentId", Long.toString(id.id()),
                "nomisAdjustmentCategory", id.category().code(), "existingNomisAdjustmentId",
                Long.toString(kept.get().id().id()), "offenderNo", copy.offenderNo(), "bookingId",
                Long.toString(copy.bookingId())));
        return RepairReport.of(DELETE_NOMIS_DUPLICATE, false, actions, "deleted");
    }

    public RepairReport deleteDpsDuplicate(String adjustmentId, boolean dryRun) {
        Optional<LegacyAdjustment> found = dps.find(adjustmentId);
        if (found.isEmpty()) {
            return RepairReport.notFound(DELETE_DPS_DUPLICATE, dryRun, "DPS has no adjustment " + adjustmentId);
        }
        Optional<Mapping> own = mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, adjustmentId);
        if (own.isPresent()) {
            return RepairReport.refused(DELETE_DPS_DUPLICATE, dryRun, "DPS adjustment " + adjustmentId
                    + " is mapped to NOMIS adjustment " + own.get().nomisId() + ": it is not the duplicate");
        }
        LegacyAdjustment copy = found.get();
        Optional<Mapping> kept = mappings.findByPrisoner(AdjustmentsSync.ENTITY_TYPE, copy.offenderNo()).stream()
                .filter(m -> !m.dpsId().equals(adjustmentId))
                .filter(m -> dps.find(m.dpsId()).filter(a -> BookingAdjustments.sameContent(a, copy)).isPresent())
                .findFirst();
        if (kept.isEmpty()) {
            return RepairReport.refused(DELETE_DPS_DUPLICATE, dryRun, "DPS adjustment " + adjustmentId
                    + " is not a copy of a mapped adjustment (same prisoner, booking, sentence, type, dates and days)");
        }
        List<String> actions = List.of("delete DPS adjustment " + adjustmentId + " (" + copy.offenderNo()
                + ", booking " + copy.bookingId() + ", " + copy.adjustmentType() + ", " + copy.adjustmentDays()
                + " days), a copy of DPS adjustment " + kept.get().dpsId() + " which is mapped to NOMIS adjustment "
                + kept.get().nomisId());
        if (dryRun) {
            return RepairReport.of(DELETE_DPS_DUPLICATE, true, actions, "");
        }
        boolean deleted = dps.delete(adjustmentId);
        telemetry.track(DELETE_DPS_DUPLICATE, props("adjustmentId", adjustmentId, "existingAdjustmentId",
                kept.get().dpsId(), "offenderNo", copy.offenderNo(), "bookingId", Long.toString(copy.bookingId())));
        return deleted ? RepairReport.of(DELETE_DPS_DUPLICATE, false, actions, "deleted")
                : RepairReport.notFound(DELETE_DPS_DUPLICATE, false, "DPS no longer has adjustment " + adjustmentId);
    }

    public RepairReport resyncBooking(String offenderNo, long bookingId, boolean dryRun) {
        BookingAdjustments booking = BookingAdjustments.read(offenderNo, bookingId, nomis, dps, mappings);
        Map<NomisAdjustmentId, NomisAdjustmentId> nomisCopies = booking.nomisDuplicates();
        Map<String, String> dpsCopies = booking.dpsDuplicates();
        List<String> actions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (NomisAdjustmentId copy : nomisCopies.keySet()) {
            RepairReport r = deleteNomisDuplicate(copy, dryRun);
            actions.addAll(r.actions());
        }
        for (String copy : dpsCopies.keySet()) {
            RepairReport r = deleteDpsDuplicate(copy, dryRun);
            actions.addAll(r.actions());
        }
        for (BookingAdjustments.Nomis n : booking.nomis) {
            if (n.mapping().isPresent() || nomisCopies.containsKey(n.adjustment().id())) {
                continue;
            }
            NomisAdjustment a = n.adjustment();
            String action = "create DPS adjustment from NOMIS adjustment " + a.id() + " (" + a.adjustmentType() + ", "
                    + a.adjustmentDays() + " days) and map it";
            actions.add(action);
            if (!dryRun) {
                underClaim(CreateFlow.claimKey(CreateDirection.FROM_NOMIS, AdjustmentsSync.ENTITY_TYPE,
                        a.id().key()), notes, () -> {
                    if (mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, a.id().key()).isPresent()) {
                        return;
                    }
                    String uuid = dps.create(LegacyAdjustment.of(a));
                    save(Mapping.of(AdjustmentsSync.ENTITY_TYPE, a.id().key(), uuid, offenderNo,
                            MappingTypes.NOMIS_CREATED), notes);
                });
            }
        }
        for (BookingAdjustments.Dps d : booking.dps) {
            if (d.mapping().isPresent() || dpsCopies.containsKey(d.id())) {
                continue;
            }
            LegacyAdjustment a = d.adjustment();
            String action = "create NOMIS " + (a.sentenceSequence() == null ? "key-date" : "sentence")
                    + " adjustment from DPS adjustment " + d.id() + " (" + a.adjustmentType() + ", "
                    + a.adjustmentDays() + " days) and map it";
            actions.add(action);
            if (!dryRun) {
                underClaim(CreateFlow.claimKey(CreateDirection.TO_NOMIS, AdjustmentsSync.ENTITY_TYPE, d.id()), notes,
                        () -> {
                            if (mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, d.id()).isPresent()) {
                                return;
                            }
                            NomisAdjustmentRequest request = NomisAdjustmentRequest.of(a, true);
                            NomisAdjustmentId id = a.sentenceSequence() == null
                                    ? nomis.createKeyDateAdjustment(a.bookingId(), request)
                                    : nomis.createSentenceAdjustment(a.bookingId(), a.sentenceSequence(), request);
                            save(Mapping.of(AdjustmentsSync.ENTITY_TYPE, id.key(), d.id(), offenderNo,
                                    AdjustmentsSync.SENTENCING_CREATED), notes);
                        });
            }
        }
        if (actions.isEmpty()) {
            return RepairReport.nothingToDo(RESYNC_BOOKING, dryRun, "booking " + bookingId + " of " + offenderNo
                    + " has the same adjustments on both sides");
        }
        if (!dryRun) {
            // upstream's to-nomis-synch-adjustment-repair names its repair of one adjustment (ToNomisAdjustmentRepair)
            telemetry.track(RESYNC_BOOKING, props("offenderNo", offenderNo, "bookingId",
                    Long.toString(bookingId), "changes", Integer.toString(actions.size())));
        }
        return RepairReport.of(RESYNC_BOOKING, dryRun, actions, String.join("; ", notes));
    }

    private void underClaim(ClaimKey key, List<String> notes, Runnable write) {
        String owner = "repair/" + UUID.randomUUID();
        ClaimResult claim = claims.claim(key, owner, clock.instant(), lease);
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            notes.add("skipped " + key.sourceId() + ": the sync is creating it now (" + held.owner() + ")");
            return;
        }
        try {
            write.run();
            claims.complete(key);
        } catch (RuntimeException e) {
            claims.abandon(key, owner, clock.instant());
            throw e;
        }
    }

    private void save(Mapping mapping, List<String> notes) {
        MappingSaveResult result = mappings.save(mapping);
        if (result instanceof MappingSaveResult.Conflict conflict) {
            notes.add("mapping " + mapping.dpsId() + "⇄" + mapping.nomisId() + " collides with "
                    + conflict.existing().dpsId() + "⇄" + conflict.existing().nomisId() + ": a person must decide");
        }
    }

    private static Map<String, String> props(String... keysAndValues) {
        Map<String, String> props = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            props.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return props;
    }
}
