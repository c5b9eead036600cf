package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.sync.SyncSettings;

/**
 * The contacts reconciliations on the engine (the two per prisoner, and the one per person): after a clean sync, differences are planted as lost
 * events leave them (no events raised); each run reports exactly those, with both ids; an inactive prisoner (and a
 * DPS-only contact, in the walk over NOMIS's persons) is not read; the dry-run repair changes nothing and the real one (the resynchronise from NOMIS) leaves the next run clean.
 */
class ContactsReconciliationTest {
    private static final String CLEAN = "A1000CR";
    private static final String DIFFERS = "A1001CR";
    private static final String INACTIVE = "A1002CR";
    private static final ChildKind RESTRICTION = ChildKind.CONTACT_RESTRICTION;
    private static final ChildKind PRISONER_RESTRICTION = ChildKind.PRISONER_RESTRICTION;

    private final ContactsTestWorld world = new ContactsTestWorld(1);
    private final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    private final PrisonSyncCore core = PrisonSyncCore.builder(new SharedPorts(world.mappings, world.claims,
                    world.queues, world.queues, world.telemetry, world.clock))
            .domain(new ContactsDomain(new ContactPorts(world.nomis, world.dps), active))
            .queues(world.definitions)
            .settings(new SyncSettings("contacts-recon-test", Duration.ofSeconds(30)))
            .build();

    private static Map<String, Object> restriction(String type) {
        return Map.of("restrictionType", type, "startDate", "2026-01-05", "comments", "planted");
    }

    private static Map<String, Object> prisonerRestriction(String type, String from) {
        return Map.of("restrictionType", type, "effectiveDate", from, "commentText", "planted",
                "authorisedUsername", "AUTH_A");
    }

    private ReconciliationRun run(String name) {
        return core.reconciliations().run(name, ReconciliationParameters.none());
    }

    private Map<String, Mismatch> mismatches(ReconciliationRun run) {
        return core.reconciliations().mismatches(run.id()).stream().collect(Collectors.toMap(Mismatch::key, m -> m));
    }

    /** Field name → value, only the differences (not the prisoner and counts). */
    private static Map<String, String> differences(Mismatch mismatch) {
        return mismatch.fields().entrySet().stream()
                .filter(e -> e.getKey().startsWith("person-") || e.getKey().startsWith("nomis-")
                        || e.getKey().startsWith("dps-"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long dpsIdOf(long nomisContactId) {
        return Long.parseLong(world.mappings.findByNomisId(ContactsSync.PERSON_CONTACT,
                Long.toString(nomisContactId)).orElseThrow().dpsId());
    }

    @Test
    void prisonerContactsReportExactlyThePlantedDifferencesWithBothIdsAndTheRepairLeavesItClean() {
        for (String prisoner : List.of(CLEAN, DIFFERS, INACTIVE)) {
            world.nomis.newBooking(prisoner);
        }
        active.add(CLEAN);
        active.add(DIFFERS);
        NomisPerson ann = world.nomis.createByNomisUser(PersonDetails.named("Ann", "Addo"));
        NomisPerson bob = world.nomis.createByNomisUser(PersonDetails.named("Bob", "Bell"));
        world.nomis.relateByNomisUser(ann.personId(), CLEAN, ContactDetails.social("BRO"));
        NomisContact flags = world.nomis.relateByNomisUser(ann.personId(), DIFFERS, ContactDetails.social("SIS"));
        NomisContact restricted = world.nomis.relateByNomisUser(bob.personId(), DIFFERS, ContactDetails.social("FRI"));
        world.nomis.relateByNomisUser(bob.personId(), INACTIVE, ContactDetails.social("FRI"));
        world.pumpAll();
        assertThat(run(PrisonerContactsReconciliation.NAME).mismatchCount()).as("clean after the sync").isZero();

        // lost NOMIS events: a new relationship, a flag change, a restriction; a DPS relationship whose event was lost
        NomisContact lost = world.nomis.relateByNomisUser(bob.personId(), DIFFERS, ContactDetails.social("COU"));
        world.nomis.updateContactByNomisUser(ann.personId(), flags.contactId(),
                new ContactDetails("S", "SIS", true, null, true, false, false, null));
        world.nomis.addChildByNomisUser(RESTRICTION, bob.personId(), restricted.contactId(), restriction("BAN"));
        world.drain(ContactsTestWorld.FROM_NOMIS);
        DpsPrisonerContact dpsOnly = world.dps.relateByDpsUser(ann.personId(), DIFFERS,
                ContactDetails.social("NEP"));
        world.drain(ContactsTestWorld.TO_NOMIS);
        world.nomis.relateByNomisUser(ann.personId(), INACTIVE, ContactDetails.social("AUN"));
        world.drain(ContactsTestWorld.FROM_NOMIS);

        ReconciliationRun report = run(PrisonerContactsReconciliation.NAME);

        assertThat(report.mismatchCount()).isOne();
        Mismatch differs = mismatches(report).get(DIFFERS);
        assertThat(differs.fields()).containsEntry("offenderNo", DIFFERS).containsEntry("nomisCount", "3")
                .containsEntry("dpsCount", "3").containsEntry("differences", "4");
        assertThat(differences(differs)).isEqualTo(Map.of(
                "person-" + bob.personId() + "-S-COU", "NOMIS_ONLY: nomisContactId=" + lost.contactId()
                        + ", prisonerContactId=none",
                "person-" + ann.personId() + "-S-SIS", "DIFFERENT: nomisContactId=" + flags.contactId()
                        + ", prisonerContactId=" + dpsIdOf(flags.contactId())
                        + ": approvedVisitor NOMIS true DPS false",
                "person-" + bob.personId() + "-S-FRI", "DIFFERENT: nomisContactId=" + restricted.contactId()
                        + ", prisonerContactId=" + dpsIdOf(restricted.contactId())
                        + ": restrictions NOMIS [BAN] DPS []",
                "person-" + ann.personId() + "-S-NEP", "DPS_ONLY: nomisContactId=none, prisonerContactId=" + dpsOnly.id()));
        assertThat(differs.likelySide()).isEqualTo(LikelySide.UNKNOWN);
        assertThat(world.telemetry.count("contact-person-prisoner-contact-reconciliation-mismatch")).isOne();

        String before = world.dps.prisonerContacts().toString();
        List<RepairResult> planned = core.reconciliations().repairAll(report.id(), true);
        assertThat(planned).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RepairResult.Outcome.WOULD_REPAIR);
            assertThat(r.description()).startsWith(ContactsRepairs.PRISONER_FROM_NOMIS);
        });
        assertThat(world.dps.prisonerContacts().toString()).as("a dry run changes nothing").isEqualTo(before);

        assertThat(core.reconciliations().repairAll(report.id(), false)).extracting(RepairResult::outcome)
                .containsExactly(RepairResult.Outcome.REPAIRED);
        assertThat(run(PrisonerContactsReconciliation.NAME).mismatchCount()).isZero();
        assertThat(core.reconciliations().repairAll(report.id(), false)).extracting(RepairResult::outcome)
                .containsExactly(RepairResult.Outcome.NOTHING_TO_DO);
    }

    @Test
    void prisonerRestrictionsReportExactlyThePlantedDifferencesAndTheRepairLeavesItClean() {
        for (String prisoner : List.of(CLEAN, DIFFERS, INACTIVE)) {
            world.nomis.newBooking(prisoner);
            world.nomis.addChildByNomisUser(PRISONER_RESTRICTION, prisoner, prisonerRestriction("BAN", "2026-02-01"));
        }
        ChildRecord changed = world.nomis.addChildByNomisUser(PRISONER_RESTRICTION, DIFFERS,
                prisonerRestriction("CCTV", "2026-02-02"));
        active.add(CLEAN);
        active.add(DIFFERS);
        world.pumpAll();
        assertThat(run(PrisonerRestrictionsReconciliation.NAME).mismatchCount()).as("clean after the sync").isZero();

        // lost events: a NOMIS restriction, NOMIS's expiry of another, a DPS restriction; and one of an inactive
        ChildRecord nomisOnly = world.nomis.addChildByNomisUser(PRISONER_RESTRICTION, DIFFERS,
                prisonerRestriction("PREINF", "2026-02-03"));
        Map<String, Object> expired = new java.util.HashMap<>(prisonerRestriction("CCTV", "2026-02-02"));
        expired.put("expiryDate", "2026-03-01");
        world.nomis.updatePrisonerChildByNomisUser(PRISONER_RESTRICTION, changed.id(), expired);
        world.drain(ContactsTestWorld.FROM_NOMIS);
        ChildRecord dpsOnly = world.dps.addChildByDpsUser(PRISONER_RESTRICTION, DIFFERS,
                prisonerRestriction("DIHCON", "2026-02-04"));
        world.dps.addChildByDpsUser(PRISONER_RESTRICTION, INACTIVE, prisonerRestriction("DIHCON", "2026-02-04"));
        world.drain(ContactsTestWorld.TO_NOMIS);
        long dpsOfChanged = Long.parseLong(world.mappings.findByNomisId(ContactsSync.PRISONER_RESTRICTION,
                Long.toString(changed.id())).orElseThrow().dpsId());

        ReconciliationRun report = run(PrisonerRestrictionsReconciliation.NAME);

        assertThat(mismatches(report)).containsOnlyKeys(DIFFERS);
        Mismatch differs = mismatches(report).get(DIFFERS);
        assertThat(differs.fields()).containsEntry("nomisCount", "3").containsEntry("dpsCount", "3")
                .containsEntry("differences", "3");
        assertThat(differences(differs)).isEqualTo(Map.of(
                "nomis-" + nomisOnly.id(), "NOMIS_ONLY: offenderRestrictionId=" + nomisOnly.id()
                        + ", prisonerRestrictionId=none, restrictionType PREINF, effectiveDate 2026-02-03,"
                        + " expiryDate none",
                "nomis-" + changed.id(), "DIFFERENT: offenderRestrictionId=" + changed.id()
                        + ", prisonerRestrictionId=" + dpsOfChanged + ", restrictionType CCTV, effectiveDate"
                        + " 2026-02-02, expiryDate 2026-03-01: expiryDate NOMIS 2026-03-01 DPS none",
                "dps-" + dpsOnly.id(), "DPS_ONLY: offenderRestrictionId=none, prisonerRestrictionId=" + dpsOnly.id()
                        + ", restrictionType DIHCON, effectiveDate 2026-02-04, expiryDate none"));
        assertThat(world.telemetry.count("contact-person-prisoner-restriction-reconciliation-mismatch")).isOne();

        String before = world.dps.childrenUnder(PRISONER_RESTRICTION, 0, DIFFERS).toString();
        assertThat(core.reconciliations().repairAll(report.id(), true)).extracting(RepairResult::outcome)
                .containsExactly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.dps.childrenUnder(PRISONER_RESTRICTION, 0, DIFFERS).toString()).isEqualTo(before);
        assertThat(core.reconciliations().repairAll(report.id(), false)).extracting(RepairResult::outcome)
                .containsExactly(RepairResult.Outcome.REPAIRED);
        assertThat(run(PrisonerRestrictionsReconciliation.NAME).mismatchCount()).isZero();
    }

    @Test
    void bothAreDeclaredWithUpstreamsSchedulesAndOnlyWithTheActivePrisoners() {
        assertThat(names(core)).contains(PrisonerContactsReconciliation.NAME,
                PrisonerRestrictionsReconciliation.NAME);
        PrisonSyncCore without = PrisonSyncCore.builder(new SharedPorts(world.mappings, world.claims, world.queues,
                        world.queues, world.telemetry, world.clock))
                .domain(new ContactsDomain(new ContactPorts(world.nomis, world.dps))).queues(world.definitions)
                .settings(new SyncSettings("contacts-recon-test", Duration.ofSeconds(30))).build();
        assertThat(names(without)).doesNotContain(PrisonerContactsReconciliation.NAME);
        assertThat(names(without)).contains(PersonContactsReconciliation.NAME);
        assertThat(new PersonContactsReconciliation(null, null).defaultSchedule()).hasValue("50 1 * * 6");
        assertThat(new PrisonerContactsReconciliation(active, null, null).defaultSchedule()).hasValue("50 3 * * *");
        assertThat(new PrisonerRestrictionsReconciliation(active, null, null).defaultSchedule())
                .hasValue("10 4 * * *");
    }

    @Test
    void personsAreComparedByCountsAndNamesInKeysetPagesAndTheRepairLeavesThemClean() {
        world.nomis.newBooking(CLEAN);
        NomisPerson ann = world.nomis.createByNomisUser(PersonDetails.named("Ann", "Addo"));
        NomisPerson bob = world.nomis.createByNomisUser(PersonDetails.named("Bob", "Bell"));
        world.nomis.addChildByNomisUser(ChildKind.ADDRESS, ann.personId(),
                ContactChildrenSyncTest.fields(ChildKind.ADDRESS, 1));
        world.nomis.relateByNomisUser(bob.personId(), CLEAN, ContactDetails.social("BRO"));
        world.pumpAll();
        assertThat(run(PersonContactsReconciliation.NAME).mismatchCount()).as("clean after the sync").isZero();

        // lost events: a NOMIS email of Ann's; DPS's change of Bob's surname; a NOMIS person DPS never heard of;
        // a DPS-only contact, which the walk over NOMIS's persons does not list (as upstream's)
        world.nomis.createChild(ChildKind.EMAIL, ann.personId(), ContactChildrenSyncTest.fields(ChildKind.EMAIL, 1));
        world.nomis.createPerson(ann.personId() + 1000, PersonDetails.named("Cy", "Cole"));
        world.drain(ContactsTestWorld.FROM_NOMIS);
        world.dps.updateContact(bob.personId(), PersonDetails.named("Bob", "Bell-Brown"));
        world.dps.createContact(ann.personId() + 2000, PersonDetails.named("Di", "Dale"));
        world.drain(ContactsTestWorld.TO_NOMIS);

        ReconciliationRun report = core.reconciliations().run(PersonContactsReconciliation.NAME,
                ReconciliationParameters.none());

        assertThat(report.checked()).isEqualTo(3);
        Map<String, Mismatch> found = mismatches(report);
        assertThat(found).containsOnlyKeys(Long.toString(ann.personId()), Long.toString(bob.personId()),
                Long.toString(ann.personId() + 1000));
        assertThat(found.get(Long.toString(ann.personId())).fields()).containsExactly(
                Map.entry("personId", Long.toString(ann.personId())), Map.entry("emailCount", "NOMIS 1 DPS 0"));
        assertThat(found.get(Long.toString(bob.personId())).fields()).containsExactly(
                Map.entry("personId", Long.toString(bob.personId())),
                Map.entry("lastName", "NOMIS Bell DPS Bell-Brown"));
        assertThat(found.get(Long.toString(ann.personId() + 1000)).fields()).containsEntry("person", "NOMIS_ONLY");
        assertThat(found.get(Long.toString(ann.personId() + 1000)).likelySide()).isEqualTo(LikelySide.DPS);
        assertThat(world.telemetry.count("contact-person-reconciliation-mismatch")).isEqualTo(3);

        String before = world.dps.contacts().toString();
        assertThat(core.reconciliations().repairAll(report.id(), true)).extracting(RepairResult::outcome)
                .containsOnly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.dps.contacts().toString()).as("a dry run changes nothing").isEqualTo(before);
        assertThat(core.reconciliations().repairAll(report.id(), false)).extracting(RepairResult::outcome)
                .containsOnly(RepairResult.Outcome.REPAIRED);
        assertThat(run(PersonContactsReconciliation.NAME).mismatchCount()).isZero();
    }

    @Test
    void aRunTakesDryRunAsTrueOrFalseOnlyAndChangesNothingEitherWay() {
        world.nomis.newBooking(DIFFERS);
        active.add(DIFFERS);
        world.nomis.createContact(world.nomis.createByNomisUser(PersonDetails.named("Cy", "Cole")).personId(),
                DIFFERS, ContactDetails.social("BRO"));
        world.drain(ContactsTestWorld.FROM_NOMIS);
        String before = world.dps.prisonerContacts().toString();

        ReconciliationRun dry = core.reconciliations().run(PrisonerContactsReconciliation.NAME,
                new ReconciliationParameters(Map.of("dryRun", "true")));

        assertThat(dry.mismatchCount()).isOne();
        assertThat(dry.parameters()).containsEntry("dryRun", "true");
        assertThat(world.dps.prisonerContacts().toString()).isEqualTo(before);
        assertThatThrownBy(() -> core.reconciliations().run(PrisonerRestrictionsReconciliation.NAME,
                new ReconciliationParameters(Map.of("dryRun", "maybe"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("true or false");
    }

    private static List<String> names(PrisonSyncCore of) {
        return of.reconciliations().reconciliations().stream().map(r -> r.name()).toList();
    }
}
