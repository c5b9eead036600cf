package org.prisonsync.core.adjustments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;

/**
 * Both sides of one booking's adjustments as the reconciliation and the repairs read them: NOMIS's active ones and
 * DPS's active ones of that booking, without zero-day adjustments (as upstream ignores them), each with its mapping;
 * and the duplicates among them: an unmapped record with the same content (booking, sentence, type, dates, days) as
 * a mapped one on the same side.
 */
final class BookingAdjustments {
    record Nomis(NomisAdjustment adjustment, Optional<Mapping> mapping) {
    }

    record Dps(String id, LegacyAdjustment adjustment, Optional<Mapping> mapping) {
    }

    final String offenderNo;
    final long bookingId;
    final List<Nomis> nomis = new ArrayList<>();
    final List<Dps> dps = new ArrayList<>();

    private BookingAdjustments(String offenderNo, long bookingId) {
        this.offenderNo = offenderNo;
        this.bookingId = bookingId;
    }

    static BookingAdjustments read(String offenderNo, long bookingId, AdjustmentsNomisApi nomisApi,
                                   AdjustmentsDpsApi dpsApi, MappingStore mappings) {
        BookingAdjustments booking = new BookingAdjustments(offenderNo, bookingId);
        for (NomisAdjustment a : nomisApi.bookingAdjustments(bookingId, true)) {
            if (a.adjustmentDays() != 0 && !a.hiddenFromUsers()) {
                booking.nomis.add(new Nomis(a, mappings.findByNomisId(AdjustmentsSync.ENTITY_TYPE, a.id().key())));
            }
        }
        for (String id : dpsApi.adjustmentIds(offenderNo)) {
            dpsApi.find(id).filter(a -> a.bookingId() == bookingId && a.active() && a.adjustmentDays() != 0)
                    .ifPresent(a -> booking.dps.add(new Dps(id, a,
                            mappings.findByDpsId(AdjustmentsSync.ENTITY_TYPE, id))));
        }
        return booking;
    }

    Map<String, Integer> nomisCounts() {
        return AdjustmentGroups.count(nomis.stream().map(n -> n.adjustment().adjustmentType()).toList());
    }

    Map<String, Integer> dpsCounts() {
        return AdjustmentGroups.count(dps.stream().map(d -> d.adjustment().adjustmentType()).toList());
    }

    /** Each unmapped NOMIS adjustment that copies a mapped one, with the mapped one it copies. */
    Map<NomisAdjustmentId, NomisAdjustmentId> nomisDuplicates() {
        Map<NomisAdjustmentId, NomisAdjustmentId> found = new LinkedHashMap<>();
        for (Nomis copy : nomis) {
            if (copy.mapping().isPresent()) {
                continue;
            }
            nomis.stream().filter(n -> n.mapping().isPresent())
                    .filter(n -> sameContent(n.adjustment(), copy.adjustment()))
                    .findFirst().ifPresent(n -> found.put(copy.adjustment().id(), n.adjustment().id()));
        }
        return found;
    }

    /** Each unmapped DPS adjustment that copies a mapped one, with the mapped one it copies. */
    Map<String, String> dpsDuplicates() {
        Map<String, String> found = new LinkedHashMap<>();
        for (Dps copy : dps) {
            if (copy.mapping().isPresent()) {
                continue;
            }
            dps.stream().filter(d -> d.mapping().isPresent())
                    .filter(d -> sameContent(d.adjustment(), copy.adjustment()))
                    .findFirst().ifPresent(d -> found.put(copy.id(), d.id()));
        }
        return found;
    }

    static boolean sameContent(NomisAdjustment a, NomisAdjustment b) {
        return a.bookingId() == b.bookingId() && Objects.equals(a.sentenceSequence(), b.sentenceSequence())
                && a.adjustmentType().equals(b.adjustmentType())
                && Objects.equals(a.adjustmentDate(), b.adjustmentDate())
                && Objects.equals(a.adjustmentFromDate(), b.adjustmentFromDate())
                && a.adjustmentDays() == b.adjustmentDays();
    }

    static boolean sameContent(LegacyAdjustment a, LegacyAdjustment b) {
        return a.bookingId() == b.bookingId() && Objects.equals(a.sentenceSequence(), b.sentenceSequence())
                && a.adjustmentType().equals(b.adjustmentType())
                && Objects.equals(a.adjustmentDate(), b.adjustmentDate())
                && Objects.equals(a.adjustmentFromDate(), b.adjustmentFromDate())
                && a.adjustmentDays() == b.adjustmentDays();
    }
}
