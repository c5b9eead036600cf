package org.prisonsync.core.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.Disposition;

/**
 * The personal relationships API names the contact of its child events in {@code personReference} (type
 * {@code DPS_CONTACT_ID}) and not always in {@code additionalInformation}: either place is read, additionalInformation
 * first, and a value that is not a positive ASCII number is dead-lettered at once wherever it came from.
 */
class ContactEventContactIdTest {

    /** A DPS user's email, synchronised to NOMIS; the test then sends its delete by hand in the given shape. */
    private record Setup(ContactsTestWorld world, DpsContact contact, ChildRecord email) {
    }

    private static Setup syncedEmail() {
        ContactsTestWorld world = new ContactsTestWorld(1);
        DpsContact contact = world.dps.createByDpsUser(PersonDetails.named("Gus", "Gray"));
        ChildRecord email = world.dps.addChildByDpsUser(ChildKind.EMAIL, contact.id(),
                Map.of("emailAddress", "gus@example.com"));
        world.pumpAll();
        assertThat(world.nomis.childrenOf(ChildKind.EMAIL, contact.id())).hasSize(1);
        return new Setup(world, contact, email);
    }

    private static Notification emailDeleted(long emailId, Object infoContactId, String referenceContactId) {
        String type = "contacts-api.contact-email.deleted";
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("contactEmailId", emailId);
        if (infoContactId != null) {
            info.put("contactId", infoContactId);
        }
        info.put("source", "DPS");
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", type);
        message.put("occurredAt", "2026-03-02T09:00:00Z");
        message.put("additionalInformation", info);
        if (referenceContactId != null) {
            message.put("personReference", Map.of("identifiers", List.of(
                    Map.of("type", "DPS_CONTACT_ID", "value", referenceContactId))));
        }
        return new Notification("by-hand", type, message);
    }

    @Test
    void aDeleteNamingItsContactOnlyInPersonReferenceReachesNomis() {
        Setup s = syncedEmail();

        Disposition d = s.world().handle(ContactsTestWorld.TO_NOMIS,
                emailDeleted(s.email().id(), null, Long.toString(s.contact().id())));

        assertThat(d).isInstanceOf(Disposition.Ack.class);
        assertThat(s.world().nomis.childrenOf(ChildKind.EMAIL, s.contact().id())).isEmpty();
        assertThat(s.world().telemetry.events()).filteredOn(e -> e.name().equals("contact-email-delete-success"))
                .singleElement().satisfies(e -> assertThat(e.properties())
                        .containsEntry("dpsContactId", Long.toString(s.contact().id())));
    }

    @Test
    void additionalInformationIsReadFirst() {
        Setup s = syncedEmail();

        // a differing personReference value is not consulted when additionalInformation names the contact
        Disposition d = s.world().handle(ContactsTestWorld.TO_NOMIS,
                emailDeleted(s.email().id(), s.contact().id(), "not-a-number"));

        assertThat(d).isInstanceOf(Disposition.Ack.class);
        assertThat(s.world().nomis.childrenOf(ChildKind.EMAIL, s.contact().id())).isEmpty();
    }

    @Test
    void aBadContactIdInEitherPlaceOrNoneIsDeadLetteredWithItsReason() {
        Setup s = syncedEmail();
        long id = s.email().id();

        Disposition badReference = s.world().handle(ContactsTestWorld.TO_NOMIS, emailDeleted(id, null, "１２"));
        Disposition badInfo = s.world().handle(ContactsTestWorld.TO_NOMIS, emailDeleted(id, "0", "12"));
        Disposition none = s.world().handle(ContactsTestWorld.TO_NOMIS, emailDeleted(id, null, null));

        assertThat(badReference).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) badReference).reason())
                .contains("personReference.identifiers[DPS_CONTACT_ID].value");
        assertThat(badInfo).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) badInfo).reason()).contains("additionalInformation.contactId");
        assertThat(none).isInstanceOf(Disposition.DeadLetter.class);
        assertThat(((Disposition.DeadLetter) none).reason()).contains("DPS_CONTACT_ID");
        assertThat(s.world().nomis.childrenOf(ChildKind.EMAIL, s.contact().id())).as("nothing deleted").hasSize(1);
    }
}
