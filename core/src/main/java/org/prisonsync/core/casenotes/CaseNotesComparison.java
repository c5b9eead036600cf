package org.prisonsync.core.casenotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.casenotes.CaseNoteDifference.Kind;
import org.prisonsync.core.mapping.Mapping;

/**
 * Compares one prisoner's NOMIS and DPS case notes through their mappings ({@value CaseNotesSync#ENTITY_TYPE} and
 * {@value CaseNoteMappings#COPY_TYPE}): each mapped pair field by field, each unmapped note as a duplicate of a mapped
 * one on its side or as a note only that side holds. Pure: reads nothing, writes nothing.
 *
 * <p><b>Provable duplicate.</b> An unmapped note X is removed without a person only when all of these hold, because
 * each rules out a way X could be a real note rather than a second write of one:
 * <ol>
 *   <li>X is identical to a mapped note T of the same prisoner on the same side in every compared field (type,
 *       sub-type, text, occurrence time, author) — and, in NOMIS, on the same booking (an identical note on another
 *       booking may be an unmapped booking copy);</li>
 *   <li>every note T is mapped to on the other side exists and is identical to T, so the pair X repeats is itself
 *       in step (removing X loses nothing);</li>
 *   <li>X was written by synchronisation, not by a person: in NOMIS its audit module is {@code DPS_SYNCHRONISATION…}
 *       or none was recorded (the null-audit-module create); in DPS its {@code legacyId} is one of the NOMIS notes T
 *       is mapped to (a timed-out sync create of that NOMIS note, retried);</li>
 *   <li>no unmapped note on the other side could be X's own counterpart (in NOMIS: no unmapped DPS note has X as
 *       its {@code legacyId}).</li>
 * </ol>
 * Anything less (a user-written twin, another booking, a twin whose pair differs) is a duplicate reported only.
 */
public final class CaseNotesComparison {

    /** What the compare found for one prisoner; {@code nomisDistinct} counts NOMIS notes that are not copies. */
    public record Result(String offenderNo, int nomisCount, int dpsCount, int nomisDistinct,
                         List<CaseNoteDifference> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean clean() {
            return differences.isEmpty();
        }

        public boolean sizesDiffer() {
            return nomisDistinct != dpsCount;
        }
    }

    private CaseNotesComparison() {
    }

    public static Result compare(String offenderNo, List<NomisCaseNote> nomis, List<DpsCaseNote> dps,
                                 List<Mapping> primaries, List<Mapping> copies) {
        Map<Long, NomisCaseNote> nomisById = new LinkedHashMap<>();
        nomis.forEach(n -> nomisById.put(n.caseNoteId(), n));
        Map<String, DpsCaseNote> dpsById = new LinkedHashMap<>();
        dps.forEach(d -> dpsById.put(d.id(), d));
        // NOMIS id -> DPS id, the note's own pair first, then its copies
        Map<Long, String> pairs = new LinkedHashMap<>();
        Map<String, List<Long>> nomisOfDps = new LinkedHashMap<>();
        for (Mapping m : primaries) {
            pairs.put(Long.parseLong(m.nomisId()), m.dpsId());
            nomisOfDps.computeIfAbsent(m.dpsId(), k -> new ArrayList<>()).add(Long.parseLong(m.nomisId()));
        }
        for (Mapping m : copies) {
            String dpsId = m.dpsId().substring(0, m.dpsId().lastIndexOf('/'));
            pairs.put(Long.parseLong(m.nomisId()), dpsId);
            nomisOfDps.computeIfAbsent(dpsId, k -> new ArrayList<>()).add(Long.parseLong(m.nomisId()));
        }
        List<CaseNoteDifference> found = new ArrayList<>();
        pairs.forEach((nomisId, dpsId) -> pair(nomisId, dpsId, nomisById, dpsById).ifPresent(found::add));
        for (NomisCaseNote n : nomis) {
            if (!pairs.containsKey(n.caseNoteId())) {
                found.add(unmappedNomis(n, nomis, pairs, dpsById, dps));
            }
        }
        for (DpsCaseNote d : dps) {
            if (!nomisOfDps.containsKey(d.id())) {
                found.add(unmappedDps(d, dps, nomisOfDps, nomisById));
            }
        }
        long copyCount = copies.stream().filter(m -> nomisById.containsKey(Long.parseLong(m.nomisId()))).count();
        return new Result(offenderNo, nomis.size(), dps.size(), (int) (nomis.size() - copyCount), found);
    }

    private static Optional<CaseNoteDifference> pair(long nomisId, String dpsId, Map<Long, NomisCaseNote> nomisById,
                                                     Map<String, DpsCaseNote> dpsById) {
        NomisCaseNote n = nomisById.get(nomisId);
        DpsCaseNote d = dpsById.get(dpsId);
        String subject = "nomis-" + nomisId;
        if (n == null && d == null) {
            return Optional.empty(); // a left-over mapping of a note deleted on both sides: nothing differs
        }
        if (n == null) {
            return Optional.of(new CaseNoteDifference(Kind.MAPPED_NOMIS_MISSING, subject, Long.toString(nomisId),
                    dpsId, null, false, "DPS " + dpsId + " is mapped to NOMIS " + nomisId + ", which NOMIS does not hold"));
        }
        if (d == null) {
            return Optional.of(new CaseNoteDifference(Kind.MAPPED_DPS_MISSING, subject, Long.toString(nomisId),
                    dpsId, null, false, "NOMIS " + nomisId + " is mapped to DPS " + dpsId + ", which DPS does not hold"));
        }
        List<String> fields = differingFields(n.content(), d.content());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseNoteDifference(Kind.FIELDS_DIFFER, subject, Long.toString(nomisId), dpsId, null,
                false, "NOMIS " + nomisId + " and DPS " + dpsId + " differ in " + String.join(", ", fields)));
    }

    /** The compared fields whose values differ, in upstream's names. */
    public static List<String> differingFields(CaseNoteContent a, CaseNoteContent b) {
        List<String> fields = new ArrayList<>();
        if (!a.type().equals(b.type())) {
            fields.add("type");
        }
        if (!a.subType().equals(b.subType())) {
            fields.add("subType");
        }
        if (!a.text().equals(b.text())) {
            fields.add("text");
        }
        if (!a.occurrence().equals(b.occurrence())) {
            fields.add("occurrenceDateTime");
        }
        if (!a.author().equals(b.author())) {
            fields.add("authorUsername");
        }
        return fields;
    }

    private static CaseNoteDifference unmappedNomis(NomisCaseNote x, List<NomisCaseNote> nomis, Map<Long, String> pairs,
                                                    Map<String, DpsCaseNote> dpsById, List<DpsCaseNote> dps) {
        String subject = "nomis-" + x.caseNoteId();
        List<NomisCaseNote> twins = nomis.stream()
                .filter(t -> t.caseNoteId() != x.caseNoteId() && pairs.containsKey(t.caseNoteId())
                        && t.content().equals(x.content()))
                .sorted((a, b) -> Boolean.compare(b.bookingId() == x.bookingId(), a.bookingId() == x.bookingId()))
                .toList();
        if (twins.isEmpty()) {
            return new CaseNoteDifference(Kind.NOMIS_ONLY, subject, Long.toString(x.caseNoteId()), null, null, false,
                    "NOMIS " + x.caseNoteId() + " is not mapped and DPS holds no note of it");
        }
        NomisCaseNote twin = twins.get(0);
        String dpsOfTwin = pairs.get(twin.caseNoteId());
        DpsCaseNote counterpart = dpsById.get(dpsOfTwin);
        String why = null;
        if (twin.bookingId() != x.bookingId()) {
            why = "its twin is on another booking (" + twin.bookingId() + "), so it may be a booking copy";
        } else if (counterpart == null || !counterpart.content().equals(twin.content())) {
            why = "its twin's DPS note " + dpsOfTwin + " is missing or differs";
        } else if (!(x.auditModuleName() == null || x.writtenBySync())) {
            why = "it was written by a NOMIS user (" + x.auditModuleName() + ")";
        } else if (dps.stream().anyMatch(d -> d.legacyId() == x.caseNoteId())) {
            why = "a DPS note names it as its legacy id";
        }
        return new CaseNoteDifference(Kind.NOMIS_DUPLICATE, subject, Long.toString(x.caseNoteId()), null,
                Long.toString(twin.caseNoteId()), why == null, "NOMIS " + x.caseNoteId() + " duplicates mapped NOMIS "
                + twin.caseNoteId() + (why == null ? " (provable)" : " (not provable: " + why + ")"));
    }

    private static CaseNoteDifference unmappedDps(DpsCaseNote x, List<DpsCaseNote> dps,
                                                  Map<String, List<Long>> nomisOfDps,
                                                  Map<Long, NomisCaseNote> nomisById) {
        String subject = "dps-" + x.id();
        Optional<DpsCaseNote> found = dps.stream()
                .filter(t -> !t.id().equals(x.id()) && nomisOfDps.containsKey(t.id())
                        && t.content().equals(x.content()))
                .findFirst();
        if (found.isEmpty()) {
            return new CaseNoteDifference(Kind.DPS_ONLY, subject, null, x.id(), null, false,
                    "DPS " + x.id() + " is not mapped and NOMIS holds no note of it");
        }
        DpsCaseNote twin = found.get();
        List<Long> nomisOfTwin = nomisOfDps.get(twin.id());
        String why = null;
        if (!nomisOfTwin.stream().allMatch(id -> nomisById.containsKey(id)
                && nomisById.get(id).content().equals(twin.content()))) {
            why = "its twin's NOMIS notes " + nomisOfTwin + " are missing or differ";
        } else if (x.legacyId() == 0 || !nomisOfTwin.contains(x.legacyId())) {
            why = x.legacyId() == 0 ? "it was written in DPS, not synchronised from NOMIS"
                    : "its legacy id " + x.legacyId() + " is not a NOMIS note its twin is mapped to";
        }
        return new CaseNoteDifference(Kind.DPS_DUPLICATE, subject, null, x.id(), twin.id(), why == null,
                "DPS " + x.id() + " duplicates mapped DPS " + twin.id()
                        + (why == null ? " (provable)" : " (not provable: " + why + ")"));
    }
}
