package org.prisonsync.core.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.repair.RepairReport;

/**
 * The contacts resynchronise repairs, each with a dry run that lists what it would do and changes nothing. One side is
 * the source of truth and the other is made to match it exactly, for one prisoner's relationships or one person and
 * all of theirs: persons created or updated, each source relationship found on the other side (through its mapping,
 * else by its natural key) and updated, or created; every relationship of the other side in scope that matches none
 * deleted; mappings made to say what now pairs with what. A person's own children (addresses … restrictions) are
 * rebuilt by the person repairs, a relationship's (its restrictions) with the relationship by every repair.
 *
 * <ul>
 *   <li>from NOMIS, upstream's {@code POST /prisoners/{offenderNo}/contacts/resynchronise} and
 *       {@code POST /persons/{personId}/resynchronise} (seed 002's repairs);</li>
 *   <li>to NOMIS, upstream's {@code POST /contacts/{contactId}/resynchronise} and, beyond upstream, a prisoner's.</li>
 * </ul>
 */
public final class ContactsRepairs {
    public static final String PRISONER_FROM_NOMIS = "contacts-resynchronise-prisoner";
    public static final String PERSON_FROM_NOMIS = "contacts-resynchronise-person";
    public static final String PRISONER_TO_NOMIS = "contacts-resynchronise-prisoner-to-nomis";
    public static final String PERSON_TO_NOMIS = "contacts-resynchronise-contact-to-nomis";

    private final ContactPorts ports;
    private final MappingStore mappings;

    public ContactsRepairs(ContactPorts ports, MappingStore mappings) {
        this.ports = ports;
        this.mappings = mappings;
    }

    /** DPS's relationships of the prisoner, and the prisoner's own restrictions, made exactly NOMIS's. */
    public RepairReport prisonerFromNomis(String offenderNo, boolean dryRun) {
        List<Relationship> source = ports.nomis().contactsOf(offenderNo);
        List<Relationship> target = ports.dps().prisonerContactsOf(offenderNo).stream()
                .map(c -> fullDps(c.id())).flatMap(Optional::stream).toList();
        RepairReport relationships = new Rebuild(PRISONER_FROM_NOMIS, dryRun, new DpsSide())
                .run(personsInNomis(source), source, target);
        return withPrisonerRecords(relationships, offenderNo, false, dryRun);
    }

    /**
     * The report with the prisoner's own records (restrictions) rebuilt too, after the relationships: one repair of
     * the prisoner, as an operator asks for it, and what a merge or booking move runs.
     */
    private RepairReport withPrisonerRecords(RepairReport relationships, String offenderNo, boolean toNomis,
                                             boolean dryRun) {
        List<String> more = new PrisonerChildrenRebuild(ports, mappings).run(offenderNo, toNomis, dryRun);
        if (more.isEmpty()) {
            return relationships;
        }
        List<String> actions = new ArrayList<>(relationships.actions());
        actions.addAll(more);
        return RepairReport.of(relationships.operation(), dryRun, actions, (dryRun ? "would make " : "made ")
                + (toNomis ? "NOMIS" : "DPS") + " match in " + actions.size() + " step(s)");
    }

    /** The DPS contact made exactly the NOMIS person, with all of the person's relationships. */
    public RepairReport personFromNomis(long personId, boolean dryRun) {
        Optional<NomisPerson> person = ports.nomis().person(personId);
        if (person.isEmpty()) {
            return RepairReport.notFound(PERSON_FROM_NOMIS, dryRun, "NOMIS has no person " + personId);
        }
        List<Relationship> source = person.get().contacts().stream().map(c -> Relationship.of(personId, c)).toList();
        List<Relationship> target = ports.dps().relationshipsOf(personId).stream()
                .map(c -> fullDps(c.id())).flatMap(Optional::stream).toList();
        Rebuild rebuild = new Rebuild(PERSON_FROM_NOMIS, dryRun, new DpsSide());
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            rebuild.children(kind, personId, ports.nomis().childrenOf(kind, personId));
        }
        return rebuild.run(Map.of(personId, person.get().details()), source, target);
    }

    /** NOMIS's contacts of the prisoner, and the prisoner's own restrictions, made exactly DPS's. */
    public RepairReport prisonerToNomis(String offenderNo, boolean dryRun) {
        List<Relationship> source = ports.dps().prisonerContactsOf(offenderNo).stream()
                .map(c -> fullDps(c.id())).flatMap(Optional::stream).toList();
        Map<Long, PersonDetails> persons = new LinkedHashMap<>();
        for (Relationship r : source) {
            ports.dps().contact(r.personId()).ifPresent(c -> persons.put(c.id(), c.details()));
        }
        RepairReport relationships = new Rebuild(PRISONER_TO_NOMIS, dryRun, new NomisSide())
                .run(persons, source, ports.nomis().contactsOf(offenderNo));
        return withPrisonerRecords(relationships, offenderNo, true, dryRun);
    }

    /** The NOMIS person made exactly the DPS contact, with all of the contact's relationships. */
    public RepairReport personToNomis(long contactId, boolean dryRun) {
        Optional<DpsContact> contact = ports.dps().contact(contactId);
        if (contact.isEmpty()) {
            return RepairReport.notFound(PERSON_TO_NOMIS, dryRun, "DPS has no contact " + contactId);
        }
        List<Relationship> source = ports.dps().relationshipsOf(contactId).stream()
                .map(c -> fullDps(c.id())).flatMap(Optional::stream).toList();
        List<Relationship> target = ports.nomis().person(contactId).stream()
                .flatMap(p -> p.contacts().stream().map(c -> Relationship.of(contactId, c))).toList();
        Rebuild rebuild = new Rebuild(PERSON_TO_NOMIS, dryRun, new NomisSide());
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            rebuild.children(kind, contactId, ports.dps().childrenOf(kind, contactId));
        }
        return rebuild.run(Map.of(contactId, contact.get().details()), source, target);
    }

    private Optional<Relationship> fullDps(long prisonerContactId) {
        return ports.dps().prisonerContact(prisonerContactId).map(Relationship::of);
    }

    private Map<Long, PersonDetails> personsInNomis(List<Relationship> relationships) {
        Map<Long, PersonDetails> persons = new LinkedHashMap<>();
        for (Relationship r : relationships) {
            if (!persons.containsKey(r.personId())) {
                ports.nomis().person(r.personId()).ifPresent(p -> persons.put(p.personId(), p.details()));
            }
        }
        return persons;
    }

    /** The system being written, and which side of a mapping its ids are. */
    private interface Side {
        String name();

        boolean holdsNomisIds();

        Optional<PersonDetails> person(long personId);

        void createPerson(long personId, PersonDetails details);

        void updatePerson(long personId, PersonDetails details);

        /** The new relationship's id; empty when the system refuses it as existing (409). */
        OptionalLong create(Relationship source);

        void update(Relationship target, ContactDetails details);

        void delete(Relationship target);

        /** The children of a kind under a parent of the person (the person itself, or a relationship by its id). */
        List<ChildRecord> children(ChildKind kind, long personId, long parentId);

        long createChild(ChildKind kind, long personId, long parentId, Map<String, Object> fields);

        void updateChild(ChildKind kind, long personId, long parentId, long id, Map<String, Object> fields);

        void deleteChild(ChildKind kind, long personId, long parentId, long id);
    }

    private final class DpsSide implements Side {
        @Override
        public String name() {
            return "DPS";
        }

        @Override
        public boolean holdsNomisIds() {
            return false;
        }

        @Override
        public Optional<PersonDetails> person(long personId) {
            return ports.dps().contact(personId).map(DpsContact::details);
        }

        @Override
        public void createPerson(long personId, PersonDetails details) {
            ports.dps().createContact(personId, details);
        }

        @Override
        public void updatePerson(long personId, PersonDetails details) {
            ports.dps().updateContact(personId, details);
        }

        @Override
        public OptionalLong create(Relationship source) {
            return ports.dps().createPrisonerContact(source.personId(), source.prisonerNumber(), source.details());
        }

        @Override
        public void update(Relationship target, ContactDetails details) {
            ports.dps().updatePrisonerContact(target.id(), new DpsPrisonerContact(target.id(), target.personId(),
                    target.prisonerNumber(), details));
        }

        @Override
        public void delete(Relationship target) {
            ports.dps().deletePrisonerContact(target.id());
        }

        @Override
        public List<ChildRecord> children(ChildKind kind, long personId, long parentId) {
            return ports.dps().childrenOf(kind, personId, parentId);
        }

        @Override
        public long createChild(ChildKind kind, long personId, long parentId, Map<String, Object> fields) {
            return ports.dps().createChild(kind, parentId, fields);
        }

        @Override
        public void updateChild(ChildKind kind, long personId, long parentId, long id, Map<String, Object> fields) {
            ports.dps().updateChild(kind, id, parentId, fields);
        }

        @Override
        public void deleteChild(ChildKind kind, long personId, long parentId, long id) {
            ports.dps().deleteChild(kind, id);
        }
    }

    private final class NomisSide implements Side {
        @Override
        public String name() {
            return "NOMIS";
        }

        @Override
        public boolean holdsNomisIds() {
            return true;
        }

        @Override
        public Optional<PersonDetails> person(long personId) {
            return ports.nomis().person(personId).map(NomisPerson::details);
        }

        @Override
        public void createPerson(long personId, PersonDetails details) {
            ports.nomis().createPerson(personId, details);
        }

        @Override
        public void updatePerson(long personId, PersonDetails details) {
            ports.nomis().updatePerson(personId, details);
        }

        @Override
        public OptionalLong create(Relationship source) {
            return ports.nomis().createContact(source.personId(), source.prisonerNumber(), source.details());
        }

        @Override
        public void update(Relationship target, ContactDetails details) {
            ports.nomis().updateContact(target.personId(), target.id(), details);
        }

        @Override
        public void delete(Relationship target) {
            ports.nomis().deleteContact(target.personId(), target.id());
        }

        @Override
        public List<ChildRecord> children(ChildKind kind, long personId, long parentId) {
            return ports.nomis().childrenOf(kind, personId, parentId);
        }

        @Override
        public long createChild(ChildKind kind, long personId, long parentId, Map<String, Object> fields) {
            return ports.nomis().createChild(kind, personId, parentId, fields);
        }

        @Override
        public void updateChild(ChildKind kind, long personId, long parentId, long id, Map<String, Object> fields) {
            ports.nomis().updateChild(kind, personId, parentId, id, fields);
        }

        @Override
        public void deleteChild(ChildKind kind, long personId, long parentId, long id) {
            ports.nomis().deleteChild(kind, personId, parentId, id);
        }
    }

    /** One repair's run: what it found, what it did (or, dry, would do). */
    private final class Rebuild {
        private final String operation;
        private final boolean dryRun;
        private final Side target;
        private final Side sourceSide;
        private final List<String> actions = new ArrayList<>();
        private final List<Runnable> childSteps = new ArrayList<>();

        Rebuild(String operation, boolean dryRun, Side target) {
            this.operation = operation;
            this.dryRun = dryRun;
            this.target = target;
            this.sourceSide = target instanceof DpsSide ? new NomisSide() : new DpsSide();
        }

        /** Makes the person's children of a kind on the target exactly {@code sources}, once the person is there. */
        void children(ChildKind kind, long personId, List<ChildRecord> sources) {
            childSteps.add(() -> rebuildChildren(kind, personId, personId, sources));
        }

        /**
         * Makes a relationship's children (its restrictions) on the target exactly the source relationship's, under
         * the target relationship {@code targetId}; null while the target relationship is only to be created (a dry
         * run), when every source child would be created.
         */
        private void relationshipChildren(Relationship relationship, Long targetId) {
            nestedChildren(ChildKind.Parent.RELATIONSHIP, relationship.personId(), relationship.id(), targetId,
                    describe(relationship));
        }

        /**
         * Makes the children of a parent record (a relationship, an address) on the target exactly those of the
         * source record {@code sourceId}, under the target record {@code targetId}: null while that is only to be
         * created (a dry run), when every source child would be created.
         */
        private void nestedChildren(ChildKind.Parent parent, long personId, long sourceId, Long targetId,
                                    String described) {
            for (ChildKind kind : ChildKind.ofParent(parent)) {
                List<ChildRecord> sources = sourceSide.children(kind, personId, sourceId);
                if (targetId == null) {
                    sources.forEach(s -> act("create " + target.name() + " " + kind.name() + " of " + described,
                            () -> { }));
                } else {
                    rebuildChildren(kind, personId, targetId, sources);
                }
            }
        }

        RepairReport run(Map<Long, PersonDetails> persons, List<Relationship> sources, List<Relationship> targets) {
            persons.forEach(this::person);
            childSteps.forEach(Runnable::run);
            Set<Long> matched = new HashSet<>();
            for (Relationship source : sources) {
                Optional<Relationship> existing = mappedTarget(source, targets)
                        .or(() -> targets.stream().filter(t -> !matched.contains(t.id()) && t.sameKey(source))
                                .findFirst());
                if (existing.isPresent()) {
                    matched.add(existing.get().id());
                    if (!existing.get().details().equals(source.details())) {
                        act("update " + describe(existing.get()), () -> target.update(existing.get(),
                                source.details()));
                    }
                    map(source, existing.get().id());
                    relationshipChildren(source, existing.get().id());
                } else {
                    create(source, targets);
                    if (dryRun) {
                        relationshipChildren(source, null);
                    }
                }
            }
            for (Relationship stale : targets) {
                if (!matched.contains(stale.id())) {
                    act("delete " + describe(stale), () -> {
                        target.delete(stale);
                        mappingOfTarget(stale.id()).ifPresent(m ->
                                mappings.deleteByDpsId(ContactsSync.PERSON_CONTACT, m.dpsId()));
                    });
                }
            }
            if (actions.isEmpty()) {
                return RepairReport.nothingToDo(operation, dryRun, target.name() + " already matches");
            }
            return RepairReport.of(operation, dryRun, actions, (dryRun ? "would make " : "made ") + target.name()
                    + " match in " + actions.size() + " step(s)");
        }

        private void rebuildChildren(ChildKind kind, long personId, long targetParent, List<ChildRecord> sources) {
            List<ChildRecord> targets = dryRun && target.person(personId).isEmpty() ? List.of()
                    : target.children(kind, personId, targetParent);
            Set<Long> matched = new HashSet<>();
            for (ChildRecord source : sources) {
                Optional<ChildRecord> existing = childMapping(kind, personId, source.id(), true)
                        .flatMap(targetId -> targets.stream().filter(t -> t.id() == targetId).findFirst())
                        .or(() -> targets.stream().filter(t -> !matched.contains(t.id()) && t.sameFields(source))
                                .findFirst());
                if (existing.isPresent()) {
                    ChildRecord there = existing.get();
                    matched.add(there.id());
                    if (!there.sameFields(source)) {
                        act("update " + target.name() + " " + kind.name() + " " + there.id(),
                                () -> target.updateChild(kind, personId, targetParent, there.id(), source.fields()));
                    }
                    if (childMapping(kind, personId, source.id(), true).filter(id -> id == there.id()).isEmpty()) {
                        act("map " + kind.name() + " " + source.id() + " to " + target.name() + " " + there.id(),
                                () -> mapChild(kind, personId, source.id(), there.id()));
                    }
                    kind.asParent().ifPresent(p -> nestedChildren(p, personId, source.id(), there.id(),
                            kind.name() + " " + there.id()));
                } else {
                    act("create " + target.name() + " " + kind.name() + " of person " + personId, () -> {
                        long created = target.createChild(kind, personId, targetParent, source.fields());
                        mapChild(kind, personId, source.id(), created);
                        kind.asParent().ifPresent(p -> nestedChildren(p, personId, source.id(), created,
                                kind.name() + " " + created));
                    });
                    if (dryRun) {
                        kind.asParent().ifPresent(p -> nestedChildren(p, personId, source.id(), null,
                                "the new " + kind.name()));
                    }
                }
            }
            for (ChildRecord stale : targets) {
                if (!matched.contains(stale.id())) {
                    act("delete " + target.name() + " " + kind.name() + " " + stale.id(), () -> {
                        target.deleteChild(kind, personId, targetParent, stale.id());
                        childMapping(kind, personId, stale.id(), false).ifPresent(sourceId ->
                                mappings.deleteByDpsId(kind.entityType(), Long.toString(
                                        target.holdsNomisIds() ? sourceId : stale.id())));
                    });
                }
            }
        }

        /**
         * The id on the other side of a child's mapping: from a source id to the target's ({@code fromSource}), or
         * from a target id back to the source's.
         */
        private Optional<Long> childMapping(ChildKind kind, long personId, long id, boolean fromSource) {
            boolean idIsNomis = target.holdsNomisIds() != fromSource;
            Optional<Mapping> mapping = idIsNomis
                    ? mappings.findByNomisId(kind.entityType(), kind.nomisKey(personId, id))
                    : mappings.findByDpsId(kind.entityType(), Long.toString(id));
            return mapping.map(m -> idIsNomis ? Long.parseLong(m.dpsId()) : kind.nomisIdOf(m.nomisId()));
        }

        private void mapChild(ChildKind kind, long personId, long sourceId, long targetId) {
            long nomisId = target.holdsNomisIds() ? targetId : sourceId;
            long dpsId = target.holdsNomisIds() ? sourceId : targetId;
            mappings.findByNomisId(kind.entityType(), kind.nomisKey(personId, nomisId))
                    .ifPresent(m -> mappings.deleteByDpsId(kind.entityType(), m.dpsId()));
            mappings.deleteByDpsId(kind.entityType(), Long.toString(dpsId));
            mappings.save(Mapping.of(kind.entityType(), kind.nomisKey(personId, nomisId), Long.toString(dpsId), null,
                    target.holdsNomisIds() ? MappingTypes.DPS_CREATED : MappingTypes.NOMIS_CREATED));
        }

        private void person(long personId, PersonDetails details) {
            Optional<PersonDetails> there = target.person(personId);
            if (there.isEmpty()) {
                act("create " + target.name() + " person " + personId, () -> target.createPerson(personId, details));
            } else if (!there.get().equals(details)) {
                act("update " + target.name() + " person " + personId, () -> target.updatePerson(personId, details));
            }
            String id = Long.toString(personId);
            if (mappings.findByNomisId(ContactsSync.PERSON, id).isEmpty()) {
                act("map person " + personId, () -> mappings.save(Mapping.of(ContactsSync.PERSON, id, id, null,
                        target.holdsNomisIds() ? MappingTypes.DPS_CREATED : MappingTypes.NOMIS_CREATED)));
            }
        }

        private void create(Relationship source, List<Relationship> targets) {
            act("create " + target.name() + " relationship of person " + source.personId() + " to "
                    + source.prisonerNumber() + " (" + source.details().relationshipType() + ")", () -> {
                OptionalLong created = target.create(source);
                long id = created.isPresent() ? created.getAsLong() : targets.stream()
                        .filter(t -> t.sameKey(source)).findFirst().map(Relationship::id)
                        .orElseThrow(() -> new IllegalStateException(target.name()
                                + " refused the relationship as existing but does not list it"));
                saveMapping(source, id);
                relationshipChildren(source, id);
            });
        }

        /** Pairs the source relationship with the target's, replacing whatever either was mapped to before. */
        private void map(Relationship source, long targetId) {
            Optional<Mapping> current = mappingOfSource(source.id());
            String wantedTarget = Long.toString(targetId);
            boolean right = current.isPresent() && (target.holdsNomisIds() ? current.get().nomisId()
                    : current.get().dpsId()).equals(wantedTarget);
            if (!right) {
                act("map " + describe(source) + " to " + target.name() + " " + targetId,
                        () -> saveMapping(source, targetId));
            }
        }

        private void saveMapping(Relationship source, long targetId) {
            mappingOfSource(source.id()).ifPresent(m -> mappings.deleteByDpsId(ContactsSync.PERSON_CONTACT, m.dpsId()));
            mappingOfTarget(targetId).ifPresent(m -> mappings.deleteByDpsId(ContactsSync.PERSON_CONTACT, m.dpsId()));
            String nomisId = Long.toString(target.holdsNomisIds() ? targetId : source.id());
            String dpsId = Long.toString(target.holdsNomisIds() ? source.id() : targetId);
            mappings.save(Mapping.of(ContactsSync.PERSON_CONTACT, nomisId, dpsId, source.prisonerNumber(),
                    target.holdsNomisIds() ? MappingTypes.DPS_CREATED : MappingTypes.NOMIS_CREATED));
        }

        private Optional<Relationship> mappedTarget(Relationship source, List<Relationship> targets) {
            return mappingOfSource(source.id())
                    .map(m -> Long.parseLong(target.holdsNomisIds() ? m.nomisId() : m.dpsId()))
                    .flatMap(id -> targets.stream().filter(t -> t.id() == id).findFirst());
        }

        private Optional<Mapping> mappingOfSource(long sourceId) {
            String id = Long.toString(sourceId);
            return target.holdsNomisIds() ? mappings.findByDpsId(ContactsSync.PERSON_CONTACT, id)
                    : mappings.findByNomisId(ContactsSync.PERSON_CONTACT, id);
        }

        private Optional<Mapping> mappingOfTarget(long targetId) {
            String id = Long.toString(targetId);
            return target.holdsNomisIds() ? mappings.findByNomisId(ContactsSync.PERSON_CONTACT, id)
                    : mappings.findByDpsId(ContactsSync.PERSON_CONTACT, id);
        }

        private static String describe(Relationship r) {
            return "relationship " + r.id() + " (person "
                    + r.personId() + ", " + r.prisonerNumber() + ", " + r.details().relationshipType() + ")";
        }

        private void act(String action, Runnable step) {
            actions.add(action);
            if (!dryRun) {
                step.run();
            }
        }
    }
}
