package org.prisonsync.core.casenotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;

/**
 * One DPS case note ⇄ several NOMIS notes on the generic mapping store, whose pairs are one to one per entity type.
 * The first pair is the note's mapping ({@value CaseNotesSync#ENTITY_TYPE}, claimed and saved by the create flow);
 * every further NOMIS note of it is a copy ({@value #COPY_TYPE}) whose DPS side is {@code <uuid>/<nomisId>}, so a
 * copy is still unique on both sides. This is upstream's {@code GET /mapping/casenotes/dps-casenote-id/{id}/all}.
 */
public final class CaseNoteMappings {
    public static final String COPY_TYPE = "CASENOTE_COPY";

    private final MappingStore store;

    public CaseNoteMappings(MappingStore store) {
        this.store = store;
    }

    /** Every NOMIS note of the DPS note: its own first, then its copies; empty when it is not mapped. */
    public List<Long> nomisIdsOf(String dpsId) {
        Optional<Mapping> primary = store.findByDpsId(CaseNotesSync.ENTITY_TYPE, dpsId);
        if (primary.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        ids.add(Long.parseLong(primary.get().nomisId()));
        for (Mapping copy : store.findByPrisoner(COPY_TYPE, primary.get().prisonerNumber())) {
            if (copy.dpsId().startsWith(dpsId + "/")) {
                ids.add(Long.parseLong(copy.nomisId()));
            }
        }
        return ids;
    }

    /** The DPS note a NOMIS note is, or is a copy of. */
    public Optional<Mapping> ofNomis(long nomisId) {
        String key = Long.toString(nomisId);
        Optional<Mapping> primary = store.findByNomisId(CaseNotesSync.ENTITY_TYPE, key);
        if (primary.isPresent()) {
            return primary;
        }
        return store.findByNomisId(COPY_TYPE, key).map(copy -> Mapping.of(CaseNotesSync.ENTITY_TYPE, key,
                dpsIdOfCopy(copy.dpsId()), copy.prisonerNumber(), copy.mappingType()));
    }

    /** True when the NOMIS note is mapped as a copy, not as the DPS note's own pair. */
    public boolean isCopy(long nomisId) {
        return store.findByNomisId(COPY_TYPE, Long.toString(nomisId)).isPresent();
    }

    /** Records a further NOMIS note of an already mapped DPS note; idempotent. */
    public MappingSaveResult saveCopy(String dpsId, long nomisId, String prisoner, String mappingType) {
        return store.save(Mapping.of(COPY_TYPE, Long.toString(nomisId), dpsId + "/" + nomisId, prisoner,
                mappingType));
    }

    /** Removes the DPS note's mapping and all its copies. */
    public void deleteAll(String dpsId) {
        Optional<Mapping> primary = store.findByDpsId(CaseNotesSync.ENTITY_TYPE, dpsId);
        if (primary.isEmpty()) {
            return;
        }
        for (Mapping copy : store.findByPrisoner(COPY_TYPE, primary.get().prisonerNumber())) {
            if (copy.dpsId().startsWith(dpsId + "/")) {
                store.deleteByDpsId(COPY_TYPE, copy.dpsId());
            }
        }
        store.deleteByDpsId(CaseNotesSync.ENTITY_TYPE, dpsId);
    }

    /** Removes one copy's mapping, leaving the DPS note mapped to its other NOMIS notes. */
    public void deleteCopy(String dpsId, long nomisId) {
        store.deleteByDpsId(COPY_TYPE, dpsId + "/" + nomisId);
    }

    /**
     * Points every mapping of {@code from} (the notes' own and their copies) at {@code to}: upstream's
     * {@code PUT /mapping/casenotes/merge/from/{oldOffenderNo}/to/{newOffenderNo}}. Answers how many moved; a repeat
     * finds none. Copies go first, so a note's own pair is always found with all its copies once it has moved.
     */
    public int movePrisoner(String from, String to) {
        int moved = 0;
        for (String type : List.of(COPY_TYPE, CaseNotesSync.ENTITY_TYPE)) {
            for (Mapping mapping : store.findByPrisoner(type, from)) {
                moved += repoint(mapping, to) ? 1 : 0;
            }
        }
        return moved;
    }

    /**
     * Points the DPS note's mapping and all its copies at {@code to}, as upstream's
     * {@code PUT /mapping/casenotes/merge/booking-id/{bookingId}/to/{newOffenderNo}} does for a moved booking's notes.
     * Each row is replaced in one change, so a crash leaves it under one prisoner or the other, never missing.
     */
    public void moveNote(String dpsId, String to) {
        Optional<Mapping> primary = store.findByDpsId(CaseNotesSync.ENTITY_TYPE, dpsId);
        if (primary.isEmpty()) {
            return;
        }
        for (Mapping copy : store.findByPrisoner(COPY_TYPE, primary.get().prisonerNumber())) {
            if (copy.dpsId().startsWith(dpsId + "/")) {
                repoint(copy, to);
            }
        }
        repoint(primary.get(), to);
    }

    /**
     * Makes the copy {@code nomisId} the DPS note's own pair, its former own NOMIS note no longer mapped: how a note
     * keeps its mapping when its own NOMIS note leaves with a moved booking and a copy stays. Nothing when either row
     * is gone (done already).
     */
    public void promoteCopy(String dpsId, long nomisId) {
        Optional<Mapping> primary = store.findByDpsId(CaseNotesSync.ENTITY_TYPE, dpsId);
        Optional<Mapping> copy = store.findByDpsId(COPY_TYPE, dpsId + "/" + nomisId);
        if (primary.isEmpty() || copy.isEmpty()) {
            return;
        }
        // one change: a crash leaves either the note with its copy or the promoted pair, never the note unmapped
        store.replace(List.of(copy.get(), primary.get()), List.of(new Mapping(CaseNotesSync.ENTITY_TYPE,
                Long.toString(nomisId), dpsId, primary.get().prisonerNumber(), primary.get().mappingType(),
                primary.get().label(), null)));
    }

    private boolean repoint(Mapping mapping, String to) {
        if (to.equals(mapping.prisonerNumber())) {
            return false;
        }
        return store.replace(List.of(mapping), List.of(new Mapping(mapping.entityType(), mapping.nomisId(),
                mapping.dpsId(), to, mapping.mappingType(), mapping.label(), null)));
    }

    private static String dpsIdOfCopy(String copyDpsId) {
        return copyDpsId.substring(0, copyDpsId.lastIndexOf('/'));
    }
}
