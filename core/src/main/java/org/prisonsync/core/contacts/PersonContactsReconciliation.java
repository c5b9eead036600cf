package org.prisonsync.core.contacts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * Upstream's {@value #NAME} reconciliation ({@code PERSON_CONTACT_RECON}, Saturdays 01:50), per NOMIS person: keyset
 * pages of {@code GET /persons/ids/all-from-id}, each person ({@code GET /persons/{personId}}) against the DPS contact
 * of the same id ({@code GET /sync/contact/{contactId}}, its relationships and children from
 * {@code GET /sync/contact/{contactId}/reconcile}). Compared: that both exist, the names and date of birth, and how
 * many relationships, addresses, phones, emails, identities, employments and restrictions each holds (counts, as
 * upstream compares them: which record differs is the repair's business). One field per difference
 * ({@code person}, {@code firstName} …, {@code <kind>Count}) with both values. Repaired by resynchronising the person
 * from NOMIS ({@code contacts resync-person}); a contact only DPS holds is not repairable from NOMIS and is left to a
 * person ({@code contacts resync-contact-to-nomis} or removing it).
 */
final class PersonContactsReconciliation implements Reconciliation<Long> {
    static final String NAME = "contact-person";

    private final ContactPorts ports;
    private final ContactsRepairs repairs;

    PersonContactsReconciliation(ContactPorts ports, ContactsRepairs repairs) {
        this.ports = ports;
        this.repairs = repairs;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Upstream's event names ({@code contact-person-reconciliation-…}). */
    @Override
    public String telemetryPrefix() {
        return NAME + "-reconciliation";
    }

    @Override
    public Population<Long> population(ReconciliationParameters parameters) {
        return Population.keysetPages(0, (after, size) -> ports.nomis().personIdsFrom(after, size), id -> id);
    }

    @Override
    public Set<String> parameterNames() {
        return Set.of(ReconciliationParameters.DRY_RUN);
    }

    @Override
    public ReconciliationParameters withDefaults(ReconciliationParameters given, Clock clock) {
        return given.withDryRunDefault();
    }

    @Override
    public Optional<Mismatch> check(Long personId, ReconciliationParameters parameters) {
        Optional<NomisPerson> nomis = ports.nomis().person(personId);
        Optional<DpsContact> dps = ports.dps().contact(personId);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("personId", Long.toString(personId));
        if (nomis.isEmpty() && dps.isEmpty()) {
            return Optional.empty(); // deleted since it was listed, on both sides
        }
        if (nomis.isEmpty() || dps.isEmpty()) {
            boolean nomisOnly = dps.isEmpty();
            fields.put("person", nomisOnly ? "NOMIS_ONLY" : "DPS_ONLY");
            return Optional.of(new Mismatch(Long.toString(personId), fields, nomisOnly ? "person" : null,
                    nomisOnly ? null : "contact", nomisOnly ? LikelySide.DPS : LikelySide.NOMIS,
                    nomisOnly ? "the NOMIS person has no DPS contact" : "the DPS contact has no NOMIS person"));
        }
        List<String> differing = new ArrayList<>();
        PersonDetails n = nomis.get().details();
        PersonDetails d = dps.get().details();
        differ(fields, differing, "firstName", n.firstName(), d.firstName());
        differ(fields, differing, "lastName", n.lastName(), d.lastName());
        differ(fields, differing, "dateOfBirth", n.dateOfBirth(), d.dateOfBirth());
        differ(fields, differing, "relationshipCount", nomis.get().contacts().size(),
                ports.dps().relationshipsOf(personId).size());
        for (ChildKind kind : ChildKind.ofParent(ChildKind.Parent.PERSON)) {
            differ(fields, differing, kind.name() + "Count", ports.nomis().childrenOf(kind, personId).size(),
                    ports.dps().childrenOf(kind, personId).size());
        }
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(Long.toString(personId), fields, null, null, LikelySide.UNKNOWN,
                "person differs in " + String.join(", ", differing)));
    }

    private static void differ(Map<String, String> fields, List<String> differing, String name, Object nomis,
                               Object dps) {
        if (!Objects.equals(nomis, dps)) {
            differing.add(name);
            fields.put(name, "NOMIS " + ContactsReconciliationReport.text(nomis) + " DPS "
                    + ContactsReconciliationReport.text(dps));
        }
    }

    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        long personId = Long.parseLong(mismatch.key());
        RepairReport report = repairs.personFromNomis(personId, dryRun);
        return ContactsReconciliationReport.result(mismatch.key(), ContactsRepairs.PERSON_FROM_NOMIS, report, dryRun);
    }

    @Override
    public String key(Long personId) {
        return Long.toString(personId);
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of("50 1 * * 6");
    }
}
