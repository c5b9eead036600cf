package org.prisonsync.core.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.prisonsync.core.contacts.ContactsReconciliationReport.Difference;
import org.prisonsync.core.contacts.ContactsReconciliationReport.Kind;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;

/**
 * Upstream's {@value #NAME} reconciliation ({@code PRISONER_RESTRICTION_RECON}, daily 04:10), here per active
 * prisoner: the prisoner's restrictions in NOMIS ({@code GET /prisoners/{offenderNo}/restrictions}, latest booking)
 * against DPS's ({@code GET /prisoner-restrictions/{prisonerNumber}}, current term), as the sync already reads them.
 * Restrictions are paired by type and effective date (two with the same pair by their order); a pair differs when its
 * expiry date does. Each difference is one field of the prisoner's mismatch, named {@code nomis-<id>} or
 * {@code dps-<id>}, a differing pair by its NOMIS id with the DPS id in its value. Repaired by resynchronising the
 * prisoner from NOMIS, which rebuilds the prisoner's restrictions too.
 */
final class PrisonerRestrictionsReconciliation extends ActivePrisonerContactsReconciliation {
    static final String NAME = "contact-person-prisoner-restriction";

    PrisonerRestrictionsReconciliation(ActivePrisoners prisoners, ContactPorts ports, ContactsRepairs repairs) {
        super(NAME, "10 4 * * *", prisoners, ports, repairs);
    }

    @Override
    public Optional<Mismatch> check(ActivePrisoner prisoner, ReconciliationParameters parameters) {
        String offenderNo = prisoner.offenderNo();
        List<ChildRecord> nomis = ports.nomis().childrenUnder(ChildKind.PRISONER_RESTRICTION, ChildRecord.NO_PERSON,
                offenderNo);
        List<ChildRecord> dps = ports.dps().childrenUnder(ChildKind.PRISONER_RESTRICTION, ChildRecord.NO_PERSON,
                offenderNo);
        return ContactsReconciliationReport.mismatch(offenderNo, nomis.size(), dps.size(), compare(nomis, dps),
                "restrictions");
    }

    static List<Difference> compare(List<ChildRecord> nomis, List<ChildRecord> dps) {
        List<ChildRecord> unpaired = new ArrayList<>(dps.stream().sorted(Comparator.comparingLong(ChildRecord::id))
                .toList());
        List<Difference> differences = new ArrayList<>();
        for (ChildRecord n : nomis.stream().sorted(Comparator.comparingLong(ChildRecord::id)).toList()) {
            Optional<ChildRecord> pair = unpaired.stream().filter(d -> sameKey(n, d)).findFirst();
            if (pair.isEmpty()) {
                differences.add(new Difference("nomis-" + n.id(), Kind.NOMIS_ONLY, "offenderRestrictionId="
                        + n.id() + ", prisonerRestrictionId=none, " + describe(n)));
                continue;
            }
            ChildRecord d = pair.get();
            unpaired.remove(d);
            Object nomisExpiry = n.fields().get("expiryDate");
            Object dpsExpiry = d.fields().get("expiryDate");
            if (!Objects.equals(text(nomisExpiry), text(dpsExpiry))) {
                differences.add(new Difference("nomis-" + n.id(), Kind.DIFFERENT, "offenderRestrictionId="
                        + n.id() + ", prisonerRestrictionId=" + d.id() + ", " + describe(n)
                        + ": expiryDate NOMIS " + text(nomisExpiry) + " DPS " + text(dpsExpiry)));
            }
        }
        unpaired.forEach(d -> differences.add(new Difference("dps-" + d.id(), Kind.DPS_ONLY,
                "offenderRestrictionId=none, prisonerRestrictionId=" + d.id() + ", " + describe(d))));
        return differences;
    }

    /** Type and effective date: what a restriction is, whichever system holds it. */
    private static boolean sameKey(ChildRecord nomis, ChildRecord dps) {
        return text(nomis.fields().get("restrictionType")).equals(text(dps.fields().get("restrictionType")))
                && text(nomis.fields().get("effectiveDate")).equals(text(dps.fields().get("effectiveDate")));
    }

    private static String describe(ChildRecord r) {
        return "restrictionType " + text(r.fields().get("restrictionType")) + ", effectiveDate "
                + text(r.fields().get("effectiveDate")) + ", expiryDate " + text(r.fields().get("expiryDate"));
    }

    private static String text(Object value) {
        return ContactsReconciliationReport.text(value);
    }
}
