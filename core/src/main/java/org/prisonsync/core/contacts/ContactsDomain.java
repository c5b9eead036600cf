package org.prisonsync.core.contacts;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.prisoners.ActivePrisoners;

/**
 * Contacts as a plug-in, two-way: DPS {@code contacts-api.*} events to NOMIS, NOMIS {@code PERSON-*} and
 * {@code OFFENDER_CONTACT-*} to DPS: persons, prisoner contacts, and a person's addresses, emails, phones,
 * identities, employments, address phones and restrictions (a person's and a relationship's) on one generic flow, with
 * resynchronise repairs both ways; merges and booking moves rebuilt from NOMIS; a prisoner's restrictions; the
 * per-prisoner reconciliations {@code contact-person-prisoner-contact} and {@code contact-person-prisoner-restriction}
 * and the per-person {@code contact-person} (each repaired by the resynchronise from NOMIS).
 */
public final class ContactsDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("tonomiscontacts", "prison-sync-to-nomis-contacts",
            Direction.TO_NOMIS);
    public static final QueueSpec FROM_NOMIS = QueueSpec.of("fromnomiscontacts", "prison-sync-from-nomis-contacts",
            Direction.FROM_NOMIS);

    private final ContactPorts ports;
    private final ActivePrisoners activePrisoners;
    private ContactsRepairs repairs;

    /** Without the active prisoners, so without the per-prisoner reconciliations (tests of the sync alone). */
    public ContactsDomain(ContactPorts ports) {
        this(ports, null);
    }

    /** With the active prisoners, the population of the per-prisoner reconciliations, as upstream's. */
    public ContactsDomain(ContactPorts ports, ActivePrisoners activePrisoners) {
        this.ports = ports;
        this.activePrisoners = activePrisoners;
    }

    /** The resynchronise repairs (dry run first); available once installed. */
    public ContactsRepairs repairs() {
        if (repairs == null) {
            throw new IllegalStateException("contacts domain not installed");
        }
        return repairs;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(ContactsSync.DOMAIN)
            .reconciles(PersonContactsReconciliation.NAME, PrisonerContactsReconciliation.NAME,
                    PrisonerRestrictionsReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
    }

    @Override
    public String name() {
        return ContactsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS, FROM_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        ContactsSync sync = new ContactsSync(ports, shared.mappings(), shared.claims(), shared.queue(), shared.clock(),
                kit.settings());
        sync.register(kit);
        repairs = sync.repairs();
        kit.reconciliation(new PersonContactsReconciliation(ports, repairs));
        if (activePrisoners != null) {
            kit.reconciliation(new PrisonerContactsReconciliation(activePrisoners, ports, repairs));
            kit.reconciliation(new PrisonerRestrictionsReconciliation(activePrisoners, ports, repairs));
        }
    }
}
