package org.prisonsync.core.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.contacts.ContactsReconciliationReport.Difference;
import org.prisonsync.core.contacts.ContactsReconciliationReport.Kind;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;

/**
 * Upstream's {@value #NAME} reconciliation ({@code PRISONER_CONTACT_RECON}, daily 03:50), over the active prisoners:
 * the prisoner's contacts in NOMIS ({@code GET /prisoners/{offenderNo}/contacts}, latest booking) against DPS's
 * prisoner contacts ({@code GET /sync/prisoner/{prisonerNumber}/reconcile}, each read in full as the repairs read it).
 * Relationships are paired by person, contact type and relationship type (the key neither system holds twice); a
 * pair differs when its flags, expiry date or its restrictions (count and types) do. Every difference is one field of
 * the prisoner's mismatch, named {@code person-<personId>-<contactType>-<relationshipType>}, with the NOMIS contact id
 * and the DPS prisoner contact id. The comment is not compared (upstream does not either). A mismatch is repaired by
 * resynchronising the prisoner from NOMIS, the side upstream treats as the source for contacts.
 */
final class PrisonerContactsReconciliation extends ActivePrisonerContactsReconciliation {
    static final String NAME = "contact-person-prisoner-contact";

    PrisonerContactsReconciliation(ActivePrisoners prisoners, ContactPorts ports, ContactsRepairs repairs) {
        super(NAME, "50 3 * * *", prisoners, ports, repairs);
    }

    @Override
    public Optional<Mismatch> check(ActivePrisoner prisoner, ReconciliationParameters parameters) {
        String offenderNo = prisoner.offenderNo();
        List<Side> nomis = ports.nomis().contactsOf(offenderNo).stream()
                .map(r -> new Side(r, restrictionTypes(ports.nomis().childrenOf(ChildKind.CONTACT_RESTRICTION,
                        r.personId(), r.id())))).toList();
        List<Side> dps = new ArrayList<>();
        for (DpsPrisonerContact listed : ports.dps().prisonerContactsOf(offenderNo)) {
            Relationship r = ports.dps().prisonerContact(listed.id()).map(Relationship::of)
                    .orElse(Relationship.of(listed));
            dps.add(new Side(r, restrictionTypes(ports.dps().childrenOf(ChildKind.CONTACT_RESTRICTION,
                    r.personId(), r.id()))));
        }
        return ContactsReconciliationReport.mismatch(offenderNo, nomis.size(), dps.size(), compare(nomis, dps),
                "relationships");
    }

    /** One relationship as one system holds it, with the types of its restrictions, sorted. */
    record Side(Relationship relationship, List<String> restrictionTypes) {
        String subject() {
            ContactDetails d = relationship.details();
            return "person-" + relationship.personId() + "-" + d.contactType() + "-" + d.relationshipType();
        }
    }

    static List<Difference> compare(List<Side> nomis, List<Side> dps) {
        Map<String, List<Side>> dpsByKey = new LinkedHashMap<>();
        dps.forEach(s -> dpsByKey.computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s));
        List<Difference> differences = new ArrayList<>();
        for (Side n : nomis) {
            List<Side> candidates = dpsByKey.getOrDefault(n.subject(), new ArrayList<>());
            if (candidates.isEmpty()) {
                differences.add(new Difference(n.subject(), Kind.NOMIS_ONLY,
                        "nomisContactId=" + n.relationship().id() + ", prisonerContactId=none"));
                continue;
            }
            Side d = candidates.remove(0);
            String what = differing(n, d);
            if (!what.isEmpty()) {
                differences.add(new Difference(n.subject(), Kind.DIFFERENT, "nomisContactId=" + n.relationship().id()
                        + ", prisonerContactId=" + d.relationship().id() + ": " + what));
            }
        }
        dpsByKey.values().forEach(left -> left.forEach(d -> differences.add(new Difference(d.subject(), Kind.DPS_ONLY,
                "nomisContactId=none, prisonerContactId=" + d.relationship().id()))));
        return differences;
    }

    private static String differing(Side nomis, Side dps) {
        ContactDetails n = nomis.relationship().details();
        ContactDetails d = dps.relationship().details();
        List<String> what = new ArrayList<>();
        differ(what, "active", n.active(), d.active());
        differ(what, "approvedVisitor", n.approvedVisitor(), d.approvedVisitor());
        differ(what, "nextOfKin", n.nextOfKin(), d.nextOfKin());
        differ(what, "emergencyContact", n.emergencyContact(), d.emergencyContact());
        differ(what, "expiryDate", n.expiryDate(), d.expiryDate());
        differ(what, "restrictions", nomis.restrictionTypes(), dps.restrictionTypes());
        return String.join("; ", what);
    }

    private static void differ(List<String> what, String name, Object nomis, Object dps) {
        if (!java.util.Objects.equals(nomis, dps)) {
            what.add(name + " NOMIS " + ContactsReconciliationReport.text(nomis) + " DPS "
                    + ContactsReconciliationReport.text(dps));
        }
    }

    private static List<String> restrictionTypes(List<ChildRecord> restrictions) {
        return restrictions.stream().map(r -> ContactsReconciliationReport.text(r.fields().get("restrictionType")))
                .sorted().toList();
    }
}
