package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.contacts.ChildKind;
import org.prisonsync.core.contacts.ChildRecord;
import org.prisonsync.core.contacts.ContactDetails;
import org.prisonsync.core.contacts.ContactsDomain;
import org.prisonsync.core.contacts.ContactsSync;
import org.prisonsync.core.contacts.NomisContact;
import org.prisonsync.core.contacts.NomisPerson;
import org.prisonsync.core.contacts.PersonDetails;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.simulator.contacts.ContactsSimulation;

/**
 * The three contacts reconciliations on the running service against the simulator: after NOMIS users' contacts and a
 * restriction are synchronised, differences are planted straight into the simulator's state (no events, as lost
 * events leave them), on an active prisoner and on one that is not active. Run over HTTP (with the operator's
 * {@code dryRun}), each reports exactly the active prisoner's planted differences with both ids; a bad {@code dryRun}
 * is a 400 problem; the repair's dry run changes nothing, the repair (the prisoner resynchronised from NOMIS) fixes
 * both, and both re-run clean; the per-person walk then finds the inactive prisoner's lost contact and a person's
 * lost email, and re-runs clean after its repair.
 */
class ContactsReconciliationIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLEAN = "A9600CR";
    private static final String DIFFERS = "A9601CR";
    private static final String INACTIVE = "A9602CR";
    private static final String CONTACTS = "contact-person-prisoner-contact";
    private static final String RESTRICTIONS = "contact-person-prisoner-restriction";

    @TempDir
    static Path data;
    static PrisonSyncService service;
    static ContactsSimulation contacts;
    static String base;
    static String simulator;
    static final RecordingTelemetry TELEMETRY = new RecordingTelemetry();
    static NomisPerson ann;
    static NomisPerson eve;
    static long nomisOnly;
    static long dpsOnly;
    static long nomisRestriction;

    @BeforeAll
    static void start() {
        service = ServiceFixture.startEmbedded(data, TELEMETRY);
        contacts = service.simulator().orElseThrow().domain(ContactsSimulation.class);
        base = "http://127.0.0.1:" + service.port();
        simulator = service.simulator().orElseThrow().baseUrl();
        for (String prisoner : new String[] {CLEAN, DIFFERS, INACTIVE}) {
            contacts.nomis().newBooking(prisoner);
        }
        for (String prisoner : new String[] {CLEAN, DIFFERS}) {
            assertThat(ServiceFixture.http("PUT", simulator + "/simulator/nomis/active-prisoners/" + prisoner, "")
                    .statusCode()).isEqualTo(204);
        }
        // NOMIS users' work, synchronised and mapped
        ann = contacts.nomis().createByNomisUser(PersonDetails.named("Ann", "Addo"));
        NomisContact cleanOne = contacts.nomis().relateByNomisUser(ann.personId(), CLEAN, ContactDetails.social("BRO"));
        NomisContact differsOne = contacts.nomis().relateByNomisUser(ann.personId(), DIFFERS,
                ContactDetails.social("SIS"));
        ChildRecord banned = contacts.nomis().addChildByNomisUser(ChildKind.PRISONER_RESTRICTION, DIFFERS,
                restriction("BAN", "2026-02-01"));
        eve = contacts.nomis().createByNomisUser(PersonDetails.named("Eve", "Ellis"));
        ServiceFixture.await("NOMIS's records mapped", Duration.ofSeconds(60), () -> mapped(ContactsSync.PERSON_CONTACT,
                cleanOne.contactId()) && mapped(ContactsSync.PERSON_CONTACT, differsOne.contactId())
                && mapped(ContactsSync.PRISONER_RESTRICTION, banned.id()) && mapped(ContactsSync.PERSON, eve.personId())
                && contacts.dps().contact(eve.personId()).isPresent());
        ServiceFixture.awaitQuiet(service);
        // written through the ports, as our own sync writes are, so no event reaches the other side
        nomisOnly = contacts.nomis().createContact(ann.personId(), DIFFERS, ContactDetails.social("COU"))
                .orElseThrow();
        dpsOnly = contacts.dps().createPrisonerContact(ann.personId(), DIFFERS, ContactDetails.social("NEP"))
                .orElseThrow();
        nomisRestriction = contacts.nomis().createChildUnder(ChildKind.PRISONER_RESTRICTION, ChildRecord.NO_PERSON,
                DIFFERS, restriction("CCTV", "2026-02-02"));
        contacts.nomis().createContact(ann.personId(), INACTIVE, ContactDetails.social("AUN"));
        contacts.nomis().createChildUnder(ChildKind.PRISONER_RESTRICTION, ChildRecord.NO_PERSON, INACTIVE,
                restriction("BAN", "2026-02-03"));
        contacts.nomis().createChild(ChildKind.EMAIL, eve.personId(), Map.of("emailAddress", "eve@example.com"));
        ServiceFixture.awaitQuiet(service);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static Map<String, Object> restriction(String type, String from) {
        return Map.of("restrictionType", type, "effectiveDate", from, "commentText", "planted",
                "authorisedUsername", "AUTH_A");
    }

    private static boolean mapped(String entity, long nomisId) {
        return service.core().mappings().findByNomisId(entity, Long.toString(nomisId)).isPresent();
    }

    @Test
    void bothReportExactlyThePlantedDifferencesAndTheRepairLeavesThemCleanDryRunFirst() throws Exception {
        JsonNode contactsRun = call("POST", "/reconciliations/" + CONTACTS + "/runs?wait=true&dryRun=true", 200);
        assertThat(contactsRun.get("checked").asInt()).isEqualTo(2);
        assertThat(reported(contactsRun)).isEqualTo(Map.of(DIFFERS, Map.of(
                "person-" + ann.personId() + "-S-COU", "NOMIS_ONLY: nomisContactId=" + nomisOnly
                        + ", prisonerContactId=none",
                "person-" + ann.personId() + "-S-NEP", "DPS_ONLY: nomisContactId=none, prisonerContactId="
                        + dpsOnly)));
        JsonNode restrictionsRun = call("POST", "/reconciliations/" + RESTRICTIONS + "/runs?wait=true", 200);
        assertThat(reported(restrictionsRun)).isEqualTo(Map.of(DIFFERS, Map.of(
                "nomis-" + nomisRestriction, "NOMIS_ONLY: offenderRestrictionId=" + nomisRestriction
                        + ", prisonerRestrictionId=none, restrictionType CCTV, effectiveDate 2026-02-02,"
                        + " expiryDate none")));
        assertThat(TELEMETRY.named("contact-person-prisoner-contact-reconciliation-mismatch")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("offenderNo", DIFFERS));
        assertThat(TELEMETRY.named("contact-person-prisoner-restriction-reconciliation-mismatch")).hasSize(1);

        String before = state();
        JsonNode planned = call("POST", "/reconciliations/runs/" + contactsRun.get("id").asText()
                + "/repair?dryRun=true", 200);
        assertThat(planned).singleElement().satisfies(r -> assertThat(r.get("outcome").asText())
                .isEqualTo("WOULD_REPAIR"));
        assertThat(state()).as("a dry run changes nothing").isEqualTo(before);
        JsonNode repaired = call("POST", "/reconciliations/runs/" + contactsRun.get("id").asText()
                + "/repair?dryRun=false", 200);
        assertThat(repaired).singleElement().satisfies(r -> assertThat(r.get("outcome").asText())
                .isEqualTo("REPAIRED"));
        ServiceFixture.awaitQuiet(service);
        // the prisoner's resynchronise rebuilds its restrictions too, so the other run's repair finds nothing
        JsonNode nothing = call("POST", "/reconciliations/runs/" + restrictionsRun.get("id").asText()
                + "/repair?dryRun=false", 200);
        assertThat(nothing).singleElement().satisfies(r -> assertThat(r.get("outcome").asText())
                .isEqualTo("NOTHING_TO_DO"));

        assertThat(reported(call("POST", "/reconciliations/" + CONTACTS + "/runs?wait=true", 200))).isEmpty();
        assertThat(reported(call("POST", "/reconciliations/" + RESTRICTIONS + "/runs?wait=true", 200))).isEmpty();
        assertThat(contacts.dps().prisonerContactsOf(DIFFERS)).hasSize(2);

        // the walk over NOMIS's persons finds what no active prisoner showed: the inactive prisoner's lost contact
        // (Ann's relationships) and Eve's lost email
        JsonNode personsRun = call("POST", "/reconciliations/contact-person/runs?wait=true", 200);
        assertThat(personsRun.get("checked").asInt()).isEqualTo(2);
        Map<String, Map<String, String>> persons = new TreeMap<>();
        for (JsonNode mismatch : call("GET", "/reconciliations/runs/" + personsRun.get("id").asText(), 200)
                .get("mismatches")) {
            Map<String, String> fields = new TreeMap<>();
            mismatch.get("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
            persons.put(mismatch.get("key").asText(), fields);
        }
        assertThat(persons).isEqualTo(Map.of(
                Long.toString(ann.personId()), Map.of("personId", Long.toString(ann.personId()),
                        "relationshipCount", "NOMIS 4 DPS 3"),
                Long.toString(eve.personId()), Map.of("personId", Long.toString(eve.personId()),
                        "emailCount", "NOMIS 1 DPS 0")));
        String dpsBefore = contacts.dps().contacts() + " " + contacts.dps().prisonerContacts();
        assertThat(call("POST", "/reconciliations/runs/" + personsRun.get("id").asText() + "/repair?dryRun=true", 200))
                .allSatisfy(r -> assertThat(r.get("outcome").asText()).isEqualTo("WOULD_REPAIR")).hasSize(2);
        assertThat(contacts.dps().contacts() + " " + contacts.dps().prisonerContacts()).isEqualTo(dpsBefore);
        assertThat(call("POST", "/reconciliations/runs/" + personsRun.get("id").asText() + "/repair?dryRun=false",
                200)).allSatisfy(r -> assertThat(r.get("outcome").asText()).isEqualTo("REPAIRED")).hasSize(2);
        ServiceFixture.awaitQuiet(service);
        assertThat(call("GET", "/reconciliations/runs/" + call("POST",
                "/reconciliations/contact-person/runs?wait=true", 200).get("id").asText(), 200).get("mismatches"))
                .isEmpty();
        assertThat(ServiceFixture.dlqReasons(service, service.core().queues().byId(ContactsDomain.TO_NOMIS.id())))
                .isEmpty();
        assertThat(ServiceFixture.dlqReasons(service, service.core().queues().byId(ContactsDomain.FROM_NOMIS.id())))
                .isEmpty();
    }

    @Test
    void aDryRunOtherThanTrueOrFalseIsAProblemWithoutInternals() {
        HttpResponse<String> refused = ServiceFixture.http("POST", base + "/reconciliations/" + CONTACTS
                + "/runs?wait=true&dryRun=maybe");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("json"));
        assertThat(refused.body()).contains("dryRun").doesNotContain("org.prisonsync").doesNotContain("Exception");
    }

    /** Each prisoner reported, with each difference field (those naming a person or a NOMIS or DPS id). */
    private static Map<String, Map<String, String>> reported(JsonNode run) throws Exception {
        Map<String, Map<String, String>> found = new TreeMap<>();
        for (JsonNode mismatch : call("GET", "/reconciliations/runs/" + run.get("id").asText(), 200)
                .get("mismatches")) {
            Map<String, String> differences = new TreeMap<>();
            mismatch.get("fields").fields().forEachRemaining(f -> {
                if (f.getKey().startsWith("person-") || f.getKey().startsWith("nomis-")
                        || f.getKey().startsWith("dps-")) {
                    differences.put(f.getKey(), f.getValue().asText());
                }
            });
            assertThat(mismatch.get("fields").get("differences").asInt()).isEqualTo(differences.size());
            found.put(mismatch.get("key").asText(), differences);
        }
        return found;
    }

    private static String state() {
        return contacts.dps().prisonerContactsOf(DIFFERS) + " "
                + contacts.dps().childrenUnder(ChildKind.PRISONER_RESTRICTION, 0, DIFFERS);
    }

    private static JsonNode call(String method, String path, int status) throws Exception {
        HttpResponse<String> response = ServiceFixture.http(method, base + path);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
