package org.prisonsync.core.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;

/**
 * Makes one prisoner's own records (the kinds whose parent is {@link ChildKind.Parent#PRISONER}: restrictions) on
 * the target exactly the source's, for the prisoner resynchronise repairs and so for merges and booking moves, which
 * run them. Each source record is found on the target through its mapping, else as an unmapped record with the same
 * fields, and updated; or created. A mapped record the target lists under another prisoner (NOMIS moved it: a merge,
 * a booking move) is updated under this one, which moves it there (the sync update names the prisoner), and its
 * mapping is re-pointed at this prisoner with {@link MappingStore#replace}, so it is never missing in between. Target
 * records matching no source record are deleted. Steps are listed as words, and only listed on a dry run.
 */
final class PrisonerChildrenRebuild {
    private final ContactPorts ports;
    private final MappingStore mappings;

    PrisonerChildrenRebuild(ContactPorts ports, MappingStore mappings) {
        this.ports = ports;
        this.mappings = mappings;
    }

    /** The steps that make the target match, carried out unless {@code dryRun}. */
    List<String> run(String offenderNo, boolean toNomis, boolean dryRun) {
        List<String> actions = new ArrayList<>();
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PRISONER)) {
            new OfKind(kind, offenderNo, toNomis, dryRun, actions).run();
        }
        return actions;
    }

    private final class OfKind {
        private final ChildKind kind;
        private final String offenderNo;
        private final boolean toNomis;
        private final boolean dryRun;
        private final List<String> actions;
        private final String targetName;

        OfKind(ChildKind kind, String offenderNo, boolean toNomis, boolean dryRun, List<String> actions) {
            this.kind = kind;
            this.offenderNo = offenderNo;
            this.toNomis = toNomis;
            this.dryRun = dryRun;
            this.actions = actions;
            this.targetName = toNomis ? "NOMIS" : "DPS";
        }

        void run() {
            List<ChildRecord> sources = list(!toNomis);
            List<ChildRecord> targets = list(toNomis);
            Set<Long> matched = new HashSet<>();
            for (ChildRecord source : sources) {
                Optional<Mapping> mapping = mappingOfSource(source.id());
                if (mapping.isPresent()) {
                    long targetId = targetIdOf(mapping.get());
                    matched.add(targetId);
                    Optional<ChildRecord> there = targets.stream().filter(t -> t.id() == targetId).findFirst();
                    if (there.isEmpty()) {
                        act("move " + targetName + " " + kind.name() + " " + targetId + " to " + offenderNo,
                                () -> moveOrCreate(source, mapping.get(), targetId));
                    } else if (!there.get().sameFields(source)) {
                        act("update " + targetName + " " + kind.name() + " " + targetId,
                                () -> update(targetId, source));
                    }
                    if (!offenderNo.equals(mapping.get().prisonerNumber())) {
                        act("re-point " + kind.name() + " mapping " + mapping.get().dpsId() + " to " + offenderNo,
                                () -> repoint(mapping.get()));
                    }
                    continue;
                }
                Optional<ChildRecord> same = targets.stream().filter(t -> !matched.contains(t.id())
                        && mappingOfTarget(t.id()).isEmpty() && t.sameFields(source)).findFirst();
                if (same.isPresent()) {
                    matched.add(same.get().id());
                    act("map " + kind.name() + " " + source.id() + " to " + targetName + " " + same.get().id(),
                            () -> map(source.id(), same.get().id()));
                } else {
                    act("create " + targetName + " " + kind.name() + " of " + offenderNo,
                            () -> map(source.id(), create(source)));
                }
            }
            for (ChildRecord stale : targets) {
                if (!matched.contains(stale.id())) {
                    act("delete " + targetName + " " + kind.name() + " " + stale.id(), () -> {
                        delete(stale.id());
                        mappingOfTarget(stale.id()).ifPresent(m -> mappings.deleteByDpsId(kind.entityType(),
                                m.dpsId()));
                    });
                }
            }
        }

        private List<ChildRecord> list(boolean nomis) {
            return nomis ? ports.nomis().childrenUnder(kind, ChildRecord.NO_PERSON, offenderNo)
                    : ports.dps().childrenUnder(kind, ChildRecord.NO_PERSON, offenderNo);
        }

        private long targetIdOf(Mapping m) {
            return Long.parseLong(toNomis ? m.nomisId() : m.dpsId());
        }

        private Optional<Mapping> mappingOfSource(long id) {
            return toNomis ? mappings.findByDpsId(kind.entityType(), Long.toString(id))
                    : mappings.findByNomisId(kind.entityType(), Long.toString(id));
        }

        private Optional<Mapping> mappingOfTarget(long id) {
            return toNomis ? mappings.findByNomisId(kind.entityType(), Long.toString(id))
                    : mappings.findByDpsId(kind.entityType(), Long.toString(id));
        }

        /** The mapped record is not this prisoner's on the target: updating it names this prisoner; gone, a new one. */
        private void moveOrCreate(ChildRecord source, Mapping mapping, long targetId) {
            try {
                update(targetId, source);
            } catch (UpstreamRejected e) {
                if (e.status() != 404) {
                    throw e;
                }
                mappings.deleteByDpsId(kind.entityType(), mapping.dpsId());
                map(source.id(), create(source));
            }
        }

        private void update(long targetId, ChildRecord source) {
            if (toNomis) {
                ports.nomis().updateChildUnder(kind, ChildRecord.NO_PERSON, offenderNo, targetId, source.fields());
            } else {
                ports.dps().updateChildUnder(kind, targetId, offenderNo, source.fields());
            }
        }

        private long create(ChildRecord source) {
            return toNomis ? ports.nomis().createChildUnder(kind, ChildRecord.NO_PERSON, offenderNo, source.fields())
                    : ports.dps().createChildUnder(kind, offenderNo, source.fields());
        }

        private void delete(long targetId) {
            if (toNomis) {
                ports.nomis().deleteChildUnder(kind, ChildRecord.NO_PERSON, offenderNo, targetId);
            } else {
                ports.dps().deleteChild(kind, targetId);
            }
        }

        private void repoint(Mapping m) {
            // the mapping may have been replaced by moveOrCreate's new record: re-point what is there now
            Optional<Mapping> now = mappings.findByDpsId(kind.entityType(), m.dpsId());
            if (now.isPresent() && !offenderNo.equals(now.get().prisonerNumber())) {
                Mapping was = now.get();
                Mapping moved = new Mapping(was.entityType(), was.nomisId(), was.dpsId(), offenderNo,
                        was.mappingType(), was.label(), was.whenCreated());
                mappings.replace(List.of(was), List.of(moved));
            }
        }

        private void map(long sourceId, long targetId) {
            String nomisId = Long.toString(toNomis ? targetId : sourceId);
            String dpsId = Long.toString(toNomis ? sourceId : targetId);
            mappings.findByNomisId(kind.entityType(), nomisId)
                    .ifPresent(m -> mappings.deleteByDpsId(kind.entityType(), m.dpsId()));
            mappings.deleteByDpsId(kind.entityType(), dpsId);
            mappings.save(Mapping.of(kind.entityType(), nomisId, dpsId, offenderNo,
                    toNomis ? MappingTypes.DPS_CREATED : MappingTypes.NOMIS_CREATED));
        }

        private void act(String action, Runnable step) {
            actions.add(action);
            if (!dryRun) {
                step.run();
            }
        }
    }
}
