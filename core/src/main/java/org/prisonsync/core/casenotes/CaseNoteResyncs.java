package org.prisonsync.core.casenotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.repair.RepairReport;

/**
 * The case notes repairs, each with a dry run that reads both sides, lists what it would do and writes nothing:
 * upstream's one-note resynchronise from DPS to all the note's NOMIS copies, and a prisoner's notes rebuilt in either
 * direction so that the target holds exactly the source's notes, each mapped. Writes go through the sync endpoints
 * (NOMIS audits them as DPS synchronisation, DPS records them with system NOMIS), so none is synchronised back.
 *
 * <p>NOMIS changes only a note's text ({@code PUT /casenotes/{id}}), so a NOMIS note whose type, sub-type, time or
 * author differ from DPS is replaced: deleted and made again on the latest booking, and re-mapped. A copy on another
 * booking cannot be made again there; such a copy is reported and left.
 */
public final class CaseNoteResyncs {
    public static final String NOTE = "casenotes-resynchronise";
    public static final String TO_NOMIS = "casenotes-resync-prisoner-to-nomis";
    public static final String FROM_NOMIS = "casenotes-resync-prisoner-from-nomis";

    private final CaseNotePorts ports;
    private final MappingStore store;
    private final CaseNoteMappings mappings;

    public CaseNoteResyncs(CaseNotePorts ports, MappingStore store) {
        this.ports = ports;
        this.store = store;
        this.mappings = new CaseNoteMappings(store);
    }

    /** Upstream's {@code PUT /casenotes/{offenderNo}/{dpsId}/resynchronise}: one DPS note onto all its NOMIS notes. */
    public RepairReport note(String offenderNo, String dpsId, boolean dryRun) {
        Optional<DpsCaseNote> note = ports.dps().find(offenderNo, dpsId);
        if (note.isEmpty()) {
            return RepairReport.notFound(NOTE, dryRun, "DPS holds no case note " + dpsId + " of " + offenderNo);
        }
        Plan plan = new Plan(offenderNo, dryRun);
        plan.toNomis(note.get());
        return plan.report(NOTE, "DPS case note " + dpsId + " is in step with NOMIS");
    }

    /** Makes NOMIS hold exactly the prisoner's DPS notes, each mapped; NOMIS notes no DPS note owns are deleted. */
    public RepairReport prisonerToNomis(String offenderNo, boolean dryRun) {
        Plan plan = new Plan(offenderNo, dryRun);
        ports.dps().caseNotesOf(offenderNo).forEach(plan::toNomis);
        for (NomisCaseNote left : plan.nomisById.values()) {
            if (plan.claimedNomis.contains(left.caseNoteId())) {
                continue;
            }
            plan.act("delete NOMIS " + left.caseNoteId() + ": no DPS note of " + offenderNo + " holds it", () -> {
                ports.nomis().delete(left.caseNoteId());
                mappings.ofNomis(left.caseNoteId()).ifPresent(m -> forgetNomis(m, left.caseNoteId()));
            });
        }
        return plan.report(TO_NOMIS, offenderNo + "'s case notes in NOMIS are DPS's already");
    }

    /** Makes DPS hold exactly the prisoner's NOMIS notes (copies as one), each mapped; other DPS notes are deleted. */
    public RepairReport prisonerFromNomis(String offenderNo, boolean dryRun) {
        Plan plan = new Plan(offenderNo, dryRun);
        Map<String, DpsCaseNote> dpsById = new LinkedHashMap<>();
        ports.dps().caseNotesOf(offenderNo).forEach(d -> dpsById.put(d.id(), d));
        Set<String> claimedDps = new HashSet<>();
        for (NomisCaseNote n : plan.nomisById.values()) {
            fromNomis(plan, n, dpsById, claimedDps);
        }
        for (DpsCaseNote left : dpsById.values()) {
            if (!claimedDps.contains(left.id())) {
                plan.act("delete DPS " + left.id() + ": no NOMIS note of " + offenderNo + " holds it", () -> {
                    ports.dps().delete(left.id());
                    mappings.deleteAll(left.id());
                });
            }
        }
        return plan.report(FROM_NOMIS, offenderNo + "'s case notes in DPS are NOMIS's already");
    }

    private void fromNomis(Plan plan, NomisCaseNote n, Map<String, DpsCaseNote> dpsById, Set<String> claimedDps) {
        String offenderNo = plan.offenderNo;
        Optional<Mapping> mapped = mappings.ofNomis(n.caseNoteId());
        if (mapped.isPresent() && mappings.isCopy(n.caseNoteId())) {
            // a copy follows the note's own pair, which this same pass brings across
            claimedDps.add(mapped.get().dpsId());
            return;
        }
        if (mapped.isPresent() && dpsById.containsKey(mapped.get().dpsId())) {
            DpsCaseNote d = dpsById.get(mapped.get().dpsId());
            claimedDps.add(d.id());
            if (!d.content().equals(n.content())) {
                plan.act("update DPS " + d.id() + " from NOMIS " + n.caseNoteId() + " ("
                        + String.join(", ", CaseNotesComparison.differingFields(n.content(), d.content())) + ")",
                        () -> ports.dps().sync(offenderNo, d.id(), n.caseNoteId(), n.prisonId(), n.content()));
            }
            return;
        }
        if (mapped.isPresent()) {
            String old = mapped.get().dpsId();
            plan.act("create DPS note from NOMIS " + n.caseNoteId() + " (its DPS note " + old + " is gone) and map it",
                    () -> {
                        List<Long> copies = mappings.nomisIdsOf(old).stream().filter(id -> id != n.caseNoteId())
                                .toList();
                        String created = ports.dps().sync(offenderNo, null, n.caseNoteId(), n.prisonId(), n.content());
                        mappings.deleteAll(old);
                        savePrimary(n.caseNoteId(), created, offenderNo, MappingTypes.NOMIS_CREATED);
                        copies.forEach(c -> mappings.saveCopy(created, c, offenderNo, MappingTypes.NOMIS_CREATED));
                    });
            return;
        }
        Optional<DpsCaseNote> synced = dpsById.values().stream()
                .filter(d -> d.legacyId() == n.caseNoteId() && !claimedDps.contains(d.id())
                        && mappings.nomisIdsOf(d.id()).isEmpty())
                .findFirst();
        if (synced.isPresent()) {
            DpsCaseNote d = synced.get();
            claimedDps.add(d.id());
            plan.act("map NOMIS " + n.caseNoteId() + " to DPS " + d.id() + " (synchronised from it, mapping lost)"
                    + (d.content().equals(n.content()) ? "" : " and update DPS from NOMIS"), () -> {
                        if (!d.content().equals(n.content())) {
                            ports.dps().sync(offenderNo, d.id(), n.caseNoteId(), n.prisonId(), n.content());
                        }
                        savePrimary(n.caseNoteId(), d.id(), offenderNo, MappingTypes.NOMIS_CREATED);
                    });
            return;
        }
        plan.act("create DPS note from NOMIS " + n.caseNoteId() + " and map it", () -> {
            String created = ports.dps().sync(offenderNo, null, n.caseNoteId(), n.prisonId(), n.content());
            savePrimary(n.caseNoteId(), created, offenderNo, MappingTypes.NOMIS_CREATED);
        });
    }

    private void savePrimary(long nomisId, String dpsId, String offenderNo, String mappingType) {
        store.save(Mapping.of(CaseNotesSync.ENTITY_TYPE, Long.toString(nomisId), dpsId, offenderNo, mappingType));
    }

    /** Drops the mapping of a NOMIS note that is gone: a copy's own row, or the note's pair (its copies stay). */
    private void forgetNomis(Mapping mapping, long nomisId) {
        if (mappings.isCopy(nomisId)) {
            mappings.deleteCopy(mapping.dpsId(), nomisId);
        } else {
            store.deleteByDpsId(CaseNotesSync.ENTITY_TYPE, mapping.dpsId());
        }
    }

    /** One repair's reading of NOMIS, what it claimed there, and the actions planned or done. */
    private final class Plan {
        final String offenderNo;
        final boolean dryRun;
        final Map<Long, NomisCaseNote> nomisById = new LinkedHashMap<>();
        final Set<Long> claimedNomis = new HashSet<>();
        final List<String> actions = new ArrayList<>();
        final List<String> left = new ArrayList<>();

        Plan(String offenderNo, boolean dryRun) {
            this.offenderNo = offenderNo;
            this.dryRun = dryRun;
            ports.nomis().caseNotesOf(offenderNo).forEach(n -> nomisById.put(n.caseNoteId(), n));
        }

        void act(String action, Runnable write) {
            actions.add(action);
            if (!dryRun) {
                write.run();
            }
        }

        RepairReport report(String operation, String inStep) {
            String message = String.join("; ", left);
            if (actions.isEmpty()) {
                return RepairReport.nothingToDo(operation, dryRun, message.isEmpty() ? inStep : message);
            }
            return RepairReport.of(operation, dryRun, actions, message);
        }

        /** Brings one DPS note onto each of its NOMIS notes, or makes and maps its first one. */
        void toNomis(DpsCaseNote d) {
            List<Long> ids = mappings.nomisIdsOf(d.id());
            if (ids.isEmpty()) {
                Optional<NomisCaseNote> written = nomisById.values().stream()
                        .filter(n -> !claimedNomis.contains(n.caseNoteId()) && n.content().equals(d.content())
                                && mappings.ofNomis(n.caseNoteId()).isEmpty())
                        .findFirst();
                if (written.isPresent()) {
                    long id = written.get().caseNoteId();
                    claimedNomis.add(id);
                    act("map DPS " + d.id() + " to NOMIS " + id + " (same note, unmapped)",
                            () -> savePrimary(id, d.id(), offenderNo, MappingTypes.DPS_CREATED));
                } else {
                    act("create NOMIS note from DPS " + d.id() + " and map it", () -> savePrimary(
                            ports.nomis().create(offenderNo, d.content()).caseNoteId(), d.id(), offenderNo,
                            MappingTypes.DPS_CREATED));
                }
                return;
            }
            long own = ids.get(0);
            for (long id : ids) {
                NomisCaseNote n = nomisById.get(id);
                boolean copy = id != own;
                if (n == null && copy) {
                    act("forget copy mapping of DPS " + d.id() + " to NOMIS " + id + ", which NOMIS does not hold",
                            () -> mappings.deleteCopy(d.id(), id));
                } else if (n == null) {
                    act("create NOMIS note from DPS " + d.id() + " (its NOMIS note " + id + " is gone) and map it",
                            () -> replaceOwn(d, null));
                } else {
                    claimedNomis.add(id);
                    List<String> fields = CaseNotesComparison.differingFields(n.content(), d.content());
                    if (fields.isEmpty()) {
                        continue;
                    }
                    if (fields.equals(List.of("text"))) {
                        act("update NOMIS " + id + "'s text from DPS " + d.id(),
                                () -> ports.nomis().update(id, d.content()));
                    } else if (!copy) {
                        act("replace NOMIS " + id + " with a new note from DPS " + d.id() + " (" + String.join(", ",
                                fields) + " differ; NOMIS changes only the text)", () -> replaceOwn(d, id));
                    } else {
                        left.add("NOMIS copy " + id + " on booking " + n.bookingId() + " differs in "
                                + String.join(", ", fields) + " and cannot be made again on its booking: left");
                    }
                }
            }
        }

        private void replaceOwn(DpsCaseNote d, Long old) {
            if (old != null) {
                ports.nomis().delete(old);
            }
            long created = ports.nomis().create(offenderNo, d.content()).caseNoteId();
            store.deleteByDpsId(CaseNotesSync.ENTITY_TYPE, d.id());
            savePrimary(created, d.id(), offenderNo, MappingTypes.DPS_CREATED);
        }
    }

    /** A DPS case note id as the case notes API gives them: a uuid in its canonical form. */
    public static boolean isDpsId(String id) {
        try {
            return id != null && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
