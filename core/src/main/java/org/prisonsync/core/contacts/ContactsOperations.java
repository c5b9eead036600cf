package org.prisonsync.core.contacts;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;

/**
 * The contacts resynchronise repairs both runners serve, each with a dry run: from NOMIS (upstream's paths, seed
 * 002's procedures) and to NOMIS (upstream's contact resynchronise, and ours for a prisoner).
 */
public final class ContactsOperations {
    static final String FROM_NOMIS_ROLE = "ROLE_PRISONER_FROM_NOMIS__UPDATE__RW";
    static final String TO_NOMIS_ROLE = "ROLE_PRISONER_TO_NOMIS__SYNCHRONISATION__RW";

    private ContactsOperations() {
    }

    public static List<Operation> all(Supplier<ContactsDomain> domain) {
        return List.of(
                Operation.repair(ContactsRepairs.PRISONER_FROM_NOMIS).role(FROM_NOMIS_ROLE)
                        .post("/prisoners/{offenderNo}/contacts/resynchronise")
                        .cli("contacts", "resync-prisoner")
                        .summary("Makes DPS's relationships of a prisoner exactly NOMIS's contacts of them.")
                        .description("Seed 002's prisoner contacts repair: every NOMIS contact of the prisoner's "
                                + "latest booking is found in DPS (through its mapping, else by person and "
                                + "relationship) and updated, or created; persons missing in DPS are created; DPS "
                                + "relationships of the prisoner that match none are deleted; mappings follow.")
                        .param(prisoner())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().prisonerFromNomis(p.string("offenderNo"),
                                p.dryRun()))),
                Operation.repair(ContactsRepairs.PERSON_FROM_NOMIS).role(FROM_NOMIS_ROLE)
                        .post("/persons/{personId}/resynchronise")
                        .cli("contacts", "resync-person")
                        .summary("Makes a DPS contact and its relationships exactly the NOMIS person's.")
                        .description("Seed 002's whole-person repair: the DPS contact with the person's id is "
                                + "created or updated from NOMIS, and its relationships to prisoners made exactly "
                                + "the person's NOMIS contacts.")
                        .param(id("personId", "the NOMIS person id (the DPS contact id)", "PERSON_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().personFromNomis(p.longValue("personId"),
                                p.dryRun()))),
                Operation.repair(ContactsRepairs.PERSON_TO_NOMIS).role(TO_NOMIS_ROLE)
                        .post("/contacts/{contactId}/resynchronise")
                        .cli("contacts", "resync-contact-to-nomis")
                        .summary("Makes a NOMIS person and its contacts exactly the DPS contact's.")
                        .description("The same as resync-person the other way: the NOMIS person with the DPS "
                                + "contact's id is created or updated, and its contacts made exactly the contact's "
                                + "DPS relationships to prisoners.")
                        .param(id("contactId", "the DPS contact id (the NOMIS person id)", "CONTACT_ID"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().personToNomis(p.longValue("contactId"),
                                p.dryRun()))),
                Operation.repair(ContactsRepairs.PRISONER_TO_NOMIS).role(TO_NOMIS_ROLE)
                        .post("/prisoners/{offenderNo}/contacts/resynchronise-to-nomis")
                        .cli("contacts", "resync-prisoner-to-nomis")
                        .summary("Makes NOMIS's contacts of a prisoner exactly DPS's relationships.")
                        .description("The same as resync-prisoner the other way (beyond upstream): NOMIS is made "
                                + "to match DPS for the prisoner's latest booking.")
                        .param(prisoner())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().prisonerToNomis(p.string("offenderNo"),
                                p.dryRun()))));
    }

    private static Param prisoner() {
        return Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number").option("--prisoner");
    }

    private static Param id(String name, String description, String label) {
        return Param.path(name, ParamType.LONG, description).range(1, Long.MAX_VALUE).positional(label);
    }
}
