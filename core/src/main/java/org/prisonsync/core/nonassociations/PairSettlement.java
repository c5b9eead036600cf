package org.prisonsync.core.nonassociations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;

/**
 * Which NOMIS record of a pair is which DPS non-association, and putting the mappings (and NOMIS's open or closed
 * state) right to match: what a merge, a booking move and the pair repair share.
 *
 * <p>After a merge NOMIS can hold two records between the retained prisoner and a third party, the one moved from
 * the removed prisoner numbered after the retained one's (seed 000's case, which upstream left to a person: "set its
 * sequence to 2"). Each DPS non-association of the pair is matched to one NOMIS record by the best evidence first:
 * its mapping names the record exactly; its mapping names it once the removed prisoner is replaced by the retained
 * one; then the record's content (type, date, open or closed, comment). Ties go to the lower DPS id and the lower
 * sequence, so the answer is the same however often it is worked out. A mapping that names another record is
 * re-pointed (the open one keeps sequence 1 or follows its record to 2, as NOMIS numbered them), and a record DPS has
 * closed but NOMIS holds open is closed.
 */
final class PairSettlement {
    private final NonAssociationsDpsApi dps;
    private final NonAssociationsNomisApi nomis;
    private final MappingStore mappings;
    private final Clock clock;

    PairSettlement(NonAssociationsDpsApi dps, NonAssociationsNomisApi nomis, MappingStore mappings, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.mappings = mappings;
        this.clock = clock;
    }

    NonAssociationsDpsApi dps() {
        return dps;
    }

    NonAssociationsNomisApi nomis() {
        return nomis;
    }

    MappingStore mappings() {
        return mappings;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One DPS non-association matched to one NOMIS record, with the mapping it has now. */
    record Match(DpsNonAssociation dps, NomisNonAssociation nomis, Optional<Mapping> current) {
        boolean remap() {
            return current.isEmpty() || !current.get().nomisId().equals(nomis.id().key());
        }
    }

    /** The pair's DPS non-associations matched to its NOMIS records, and what is left on each side. */
    record Plan(NonAssociationPair pair, List<Match> matches, List<DpsNonAssociation> dpsOnly,
                List<NomisNonAssociation> nomisOnly) {
    }

    /** What applying a plan changed. */
    record Applied(int remapped, int closed, List<String> conflicts) {
        static final Applied NONE = new Applied(0, 0, List.of());

        Applied plus(Applied other) {
            List<String> all = new ArrayList<>(conflicts);
            all.addAll(other.conflicts);
            return new Applied(remapped + other.remapped, closed + other.closed, all);
        }
    }

    /**
     * Matches {@code dpsOfPair} (DPS's non-associations of the pair, or of a prisoner who became one of the pair:
     * {@code renames} maps a former prisoner number to the one of the pair) to NOMIS's records of {@code pair}. A DPS
     * non-association whose mapping names a NOMIS record of another pair that still exists stays out: it is not this
     * pair's.
     */
    Plan plan(NonAssociationPair pair, List<DpsNonAssociation> dpsOfPair, Map<String, String> renames) {
        List<NomisNonAssociation> records = nomis.all(pair.first(), pair.second());
        List<Candidate> candidates = new ArrayList<>();
        for (DpsNonAssociation na : dpsOfPair.stream().sorted(Comparator.comparingLong(DpsNonAssociation::id))
                .toList()) {
            Optional<Mapping> current = mappings.findByDpsId(NonAssociationsSync.ENTITY_TYPE, Long.toString(na.id()));
            Optional<NomisNonAssociationId> mappedTo = current.flatMap(m -> NomisNonAssociationId.parseKey(m.nomisId()));
            if (mappedTo.isPresent() && !mappedTo.get().pair().equals(pair)
                    && nomis.find(mappedTo.get()).isPresent()) {
                continue;
            }
            candidates.add(new Candidate(na, current, mappedTo.orElse(null)));
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            for (NomisNonAssociation record : records) {
                scored.add(new Scored(candidate, record, score(candidate, record, renames)));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparingLong(s -> s.candidate().dps().id())
                .thenComparingInt(s -> s.record().typeSequence()));
        Set<Long> matchedDps = new HashSet<>();
        Set<Integer> matchedNomis = new HashSet<>();
        List<Match> matches = new ArrayList<>();
        for (Scored s : scored) {
            if (matchedDps.contains(s.candidate().dps().id()) || matchedNomis.contains(s.record().typeSequence())) {
                continue;
            }
            matchedDps.add(s.candidate().dps().id());
            matchedNomis.add(s.record().typeSequence());
            matches.add(new Match(s.candidate().dps(), s.record(), s.candidate().current()));
        }
        matches.sort(Comparator.comparingInt(m -> m.nomis().typeSequence()));
        List<DpsNonAssociation> dpsOnly = candidates.stream().map(Candidate::dps)
                .filter(na -> !matchedDps.contains(na.id())).toList();
        List<NomisNonAssociation> nomisOnly = records.stream()
                .filter(r -> !matchedNomis.contains(r.typeSequence())).toList();
        return new Plan(pair, matches, dpsOnly, nomisOnly);
    }

    private int score(Candidate candidate, NomisNonAssociation record, Map<String, String> renames) {
        int score = 0;
        NomisNonAssociationId mapped = candidate.mappedTo();
        if (mapped != null) {
            if (mapped.equals(record.id())) {
                score += 16;
            } else if (renamed(mapped, renames).filter(record.id()::equals).isPresent()) {
                score += 8;
            }
        }
        DpsNonAssociation na = candidate.dps();
        if (na.nomisType().equals(record.type())) {
            score += 4;
        }
        if (na.whenCreated().toLocalDate().equals(record.effectiveDate())) {
            score += 4;
        }
        if (na.closed() == !record.openOn(today())) {
            score += 2;
        }
        if (Objects.equals(na.comment(), record.comment())) {
            score += 1;
        }
        return score;
    }

    private static Optional<NomisNonAssociationId> renamed(NomisNonAssociationId id, Map<String, String> renames) {
        String first = renames.getOrDefault(id.firstOffenderNo(), id.firstOffenderNo());
        String second = renames.getOrDefault(id.secondOffenderNo(), id.secondOffenderNo());
        if (first.equals(second)) {
            return Optional.empty();
        }
        return Optional.of(NomisNonAssociationId.of(first, second, id.typeSequence()));
    }

    /**
     * Closes in NOMIS what DPS has closed and points each matched mapping at its record: every mapping to move is
     * removed before any is saved, so two that swap records never collide. A save refused because another mapping
     * holds the record is a conflict, returned for a person (nothing else of the pair is undone).
     */
    Applied apply(Plan plan) {
        int closed = 0;
        LocalDate today = today();
        for (Match match : plan.matches()) {
            if (match.dps().closed() && match.nomis().openOn(today)) {
                nomis.close(match.nomis().id());
                closed++;
            }
        }
        List<Match> moving = plan.matches().stream().filter(Match::remap).toList();
        for (Match match : moving) {
            if (match.current().isPresent()) {
                mappings.deleteByDpsId(NonAssociationsSync.ENTITY_TYPE, match.current().get().dpsId());
            }
        }
        List<String> conflicts = new ArrayList<>();
        for (Match match : moving) {
            Mapping was = match.current().orElse(null);
            NomisNonAssociationId id = match.nomis().id();
            Mapping now = new Mapping(NonAssociationsSync.ENTITY_TYPE, id.key(), Long.toString(match.dps().id()),
                    id.firstOffenderNo(), was == null ? NonAssociationsSync.NON_ASSOCIATION_CREATED : was.mappingType(),
                    was == null ? null : was.label(), null);
            MappingSaveResult saved = mappings.save(now);
            if (saved instanceof MappingSaveResult.Conflict conflict) {
                conflicts.add("DPS non-association " + match.dps().id() + " → NOMIS " + id.key() + ": held by "
                        + conflict.existing().dpsId() + " → " + conflict.existing().nomisId());
            }
        }
        return new Applied(moving.size() - conflicts.size(), closed, conflicts);
    }

    private record Candidate(DpsNonAssociation dps, Optional<Mapping> current, NomisNonAssociationId mappedTo) {
    }

    private record Scored(Candidate candidate, NomisNonAssociation record, int score) {
    }
}
