package org.prisonsync.simulator.contacts;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsDpsApi;
import org.prisonsync.core.contacts.inmemory.InMemoryContactsNomisApi;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Contacts: NOMIS's {@code /persons} endpoints and the personal relationships API's {@code /sync} endpoints over the
 * in-memory twins, publishing {@code contacts-api.*} to {@value #TO_NOMIS_QUEUE} and {@code PERSON-*} /
 * {@code OFFENDER_CONTACT-*} to {@value #FROM_NOMIS_QUEUE}. Users' changes on either side are made through
 * {@link #nomis()} and {@link #dps()} (no control routes yet); the twins' {@code loseResponses} makes the next creates
 * time out after writing.
 */
public final class ContactsSimulation implements SimulatedDomain {
    public static final String TO_NOMIS_QUEUE = "tonomiscontacts";
    public static final String FROM_NOMIS_QUEUE = "fromnomiscontacts";

    public static final Plugin PLUGIN = Plugin.of(ContactsSimulation.class, ContactsSimulation::new);

    private final InMemoryContactsNomisApi nomis = new InMemoryContactsNomisApi();
    private final InMemoryContactsDpsApi dps = new InMemoryContactsDpsApi();
    private final RouteTable upstream;

    private ContactsSimulation(SimulationContext context) {
        ContactEventPublisher events = new ContactEventPublisher(context.events(), context.clock());
        nomis.onChange(events::onNomisChange);
        dps.onChange(events::onDpsChange);
        nomis.onChildChange(events::onNomisChildChange);
        dps.onChildChange(events::onDpsChildChange);
        upstream = RouteTable.of(ContactRoutes.table(nomis, dps, context.mapper()),
                ContactChildRoutes.table(nomis, dps, context.mapper()),
                PrisonerRestrictionRoutes.table(nomis, dps, context.mapper()));
        // prisoner.received (a switched booking) resynchronises a prisoner's contacts, as upstream subscribes it
        context.domain(PrisonersSimulation.class).events().subscribe(FROM_NOMIS_QUEUE);
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
    }

    public InMemoryContactsNomisApi nomis() {
        return nomis;
    }

    public InMemoryContactsDpsApi dps() {
        return dps;
    }
}
