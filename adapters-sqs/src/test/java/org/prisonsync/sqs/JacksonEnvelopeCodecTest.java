package org.prisonsync.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.DomainEvent;
import org.prisonsync.core.message.Envelope;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.message.Malformed;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.movements.ExternalMovementEvent;

class JacksonEnvelopeCodecTest {

    private final JacksonEnvelopeCodec codec = new JacksonEnvelopeCodec();

    /**
     * An SNS envelope as upstream's test fixtures write it (to-nomis-update §4.1), around a visit-booked event; the
     * fixture's prisoner {@code AB12345} is made up and of no NOMIS shape, so a real-shaped one stands in.
     */
    private static final String VISIT_BOOKED = """
            {
              "Type": "Notification",
              "MessageId": "48e8a79a-0f43-4338-bbd4-b0d745f1f8ec",
              "Token": null,
              "TopicArn": "arn:aws:sns:eu-west-2:000000000000:hmpps-domain-events",
              "Message": "{\\"eventType\\":\\"prison-visit.booked\\",\\"prisonerId\\":\\"A1234AB\\",\\"occurredAt\\":\\"2021-03-05T11:23:56.031Z\\",\\"additionalInformation\\":{\\"reference\\":\\"12\\",\\"visitType\\":\\"STANDARD_SOCIAL\\"}}",
              "SubscribeURL": null,
              "Timestamp": "2021-03-05T11:23:56.031Z",
              "SignatureVersion": "1",
              "Signature": "EXAMPLEpH+..",
              "SigningCertURL": "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
              "MessageAttributes": {
                "eventType": {"Type": "String", "Value": "prison-visit.booked"},
                "id": {"Type": "String", "Value": "8b07cbd9-0820-0a0f-c32f-a9429b618e0b"},
                "contentType": {"Type": "String", "Value": "text/plain;charset=UTF-8"},
                "timestamp": {"Type": "Number.java.lang.Long", "Value": "1571666478344"}
              }
            }
            """;

    /** A NOMIS offender event as from-nomis-migration's fixtures send it (§5), ids quoted, a null field. */
    private static final String VISIT_CANCELLED = """
            {"Type":"Notification","MessageId":"ae06c49e-1f41-4b9f-b2f2-dcca610d02cd",
             "TopicArn":"arn:aws:sns:eu-west-1:000000000000:offender_events","Timestamp":"2019-10-21T14:01:18.500Z",
             "Message":"{\\"eventId\\":\\"5958295\\",\\"eventType\\":\\"VISIT_CANCELLED\\",\\"eventDatetime\\":\\"2019-10-21T15:00:25.489964\\",\\"offenderIdDisplay\\":\\"G4803UT\\",\\"agencyLocationId\\":\\"MDI\\",\\"bookingId\\":\\"1234\\",\\"nomisEventType\\":\\"OFFENDER_VISIT-UPDATED\\",\\"visitId\\":\\"9\\",\\"auditModuleName\\":\\"OIDOVIS\\",\\"comment\\":null}",
             "MessageAttributes":{"eventType":{"Type":"String","Value":"VISIT_CANCELLED"}}}
            """;

    @Test
    void decodesAnUpstreamDomainEventEnvelope() {
        Envelope envelope = codec.decode(VISIT_BOOKED);

        assertThat(envelope).isInstanceOf(Notification.class);
        Notification notification = (Notification) envelope;
        assertThat(notification.messageId()).isEqualTo("48e8a79a-0f43-4338-bbd4-b0d745f1f8ec");
        assertThat(notification.eventType()).isEqualTo("prison-visit.booked");
        DomainEvent event = notification.asDomainEvent();
        assertThat(event.requirePrisonerNumber()).isEqualTo("A1234AB");
        assertThat(event.requireInfo("reference")).isEqualTo("12");
        assertThat(event.occurredAt()).isEqualTo("2021-03-05T11:23:56.031Z");
    }

    @Test
    void decodesANomisOffenderEventAndDropsNullFields() {
        Notification notification = (Notification) codec.decode(VISIT_CANCELLED);

        OffenderEvent event = notification.asOffenderEvent();
        assertThat(event.eventType()).isEqualTo("VISIT_CANCELLED");
        assertThat(event.requireOffender()).isEqualTo("G4803UT");
        assertThat(event.bookingId()).contains(1234L);
        assertThat(event.requireLong("visitId")).isEqualTo(9L);
        assertThat(event.originatesInDps()).isFalse();
        assertThat(notification.message()).doesNotContainKey("comment");
    }

    // Jackson keeps a quoted id as text; core then reads it as ASCII digits only (Long.parseLong took "١٣" for 13)
    @Test
    void anIdInAnotherScriptsDigitsDecodesAsTextThatCoreRefuses() {
        Notification notification = (Notification) codec.decode(VISIT_CANCELLED.replace("\\\"visitId\\\":\\\"9\\\"",
                "\\\"visitId\\\":\\\"١٣\\\""));

        assertThat(notification.message()).containsEntry("visitId", "١٣");
        assertThatThrownBy(() -> notification.asOffenderEvent().requireLong("visitId"))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("ASCII digits");
    }

    @Test
    void numbersBeyondTheirFieldDecodeAsNumbersThatCoreRefusesWithTheRealReason() {
        String movement = """
                {"eventType":"EXTERNAL_MOVEMENT-CHANGED","bookingId":1234567,"offenderIdDisplay":"A7089FD",
                 "movementSeq":3000000000,"movementType":"ADM","movementDateTime":"2026-02-12T15:41:26"}""";
        String floatBooking = """
                {"eventType":"VISIT_CANCELLED","bookingId":1e20,"offenderIdDisplay":"G4803UT","visitId":9}""";

        Notification overflow = (Notification) codec.decode(sns(movement, null));
        Notification huge = (Notification) codec.decode(sns(floatBooking, null));

        assertThatThrownBy(() -> ExternalMovementEvent.from(overflow)).isInstanceOf(InvalidMessageException.class)
                .hasMessage("field 'movementSeq' is out of range (1..2147483647): 3000000000");
        // read as a double, 1e20 once became Long.MAX_VALUE: a booking id nobody sent
        assertThatThrownBy(huge::asOffenderEvent).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'bookingId'");
    }

    @Test
    void decodesAPersonReferenceEventWithNestedListsAndNumbers() {
        String inner = """
                {"eventType":"person.case-note.created","detailUrl":"https://somecallback",
                 "additionalInformation":{"id":"0f1c","legacyId":1234567890123,"syncToNomis":true,"ratio":1.5},
                 "personReference":{"identifiers":[{"type":"NOMS","value":"A1234KT"}]}}""";
        Notification notification = (Notification) codec.decode(sns(inner, null));

        DomainEvent event = notification.asDomainEvent();
        assertThat(event.requirePrisonerNumber()).isEqualTo("A1234KT");
        assertThat(event.additionalInformation()).containsEntry("legacyId", 1234567890123L)
                .containsEntry("syncToNomis", true).containsEntry("ratio", 1.5);
    }

    @Test
    void takesTheEventTypeFromTheMessageAttributesWhenTheInnerMessageHasNone() {
        Notification notification = (Notification) codec.decode(sns("{\"id\":\"1\"}", "incentives.iep-review.inserted"));

        assertThat(notification.eventType()).isEqualTo("incentives.iep-review.inserted");
        assertThat(notification.message()).containsEntry("id", "1");
    }

    @Test
    void theInnerEventTypeWinsOverTheAttribute() {
        Notification notification = (Notification) codec.decode(sns("{\"eventType\":\"inner\"}", "outer"));

        assertThat(notification.eventType()).isEqualTo("inner");
    }

    @Test
    void decodesAnInternalRetryCreateMappingMessage() {
        String body = """
                {"Type":"RETRY_CREATE_MAPPING","Message":"{\\"mapping\\": {\\"nomisId\\":\\"12345\\",\\"vsipId\\":\\"12\\"}}"}""";

        Envelope envelope = codec.decode(body);

        assertThat(envelope).isEqualTo(new InternalMessage("RETRY_CREATE_MAPPING",
                Map.of("mapping", Map.of("nomisId", "12345", "vsipId", "12"))));
        assertThat(envelope.type()).isEqualTo(InternalMessage.RETRY_CREATE_MAPPING);
    }

    @Test
    void acceptsAnInternalMessageWhosePayloadIsAnObject() {
        Envelope envelope = codec.decode("{\"Type\":\"MIGRATE_ENTITY\",\"Message\":{\"visitId\":123}}");

        assertThat(envelope).isEqualTo(new InternalMessage("MIGRATE_ENTITY", Map.of("visitId", 123)));
    }

    @Test
    void undecodableBodiesBecomeMalformedWithAReason() {
        assertThat(reason("not json at all")).startsWith("not JSON: ");
        assertThat(reason("")).startsWith("not JSON: ");
        assertThat(reason("[1,2]")).startsWith("not JSON: ");
        assertThat(reason("\"a string\"")).startsWith("not JSON: ");
        assertThat(reason("{\"Message\":\"{}\"}")).isEqualTo("no Type");
        assertThat(reason("{\"Type\":42}")).isEqualTo("no Type");
        assertThat(reason(sns("{\"id\":\"1\"}", null))).isEqualTo("no eventType");
        assertThat(reason("{\"Type\":\"Notification\",\"Message\":\"not json\"}"))
                .startsWith("Notification Message is not");
        assertThat(reason("{\"Type\":\"Notification\",\"Message\":{\"eventType\":\"x\"}}"))
                .startsWith("Notification Message is not");
        assertThat(reason("{\"Type\":\"Notification\"}")).startsWith("Notification Message is not");
        assertThat(reason("{\"Type\":\"RETRY_CREATE_MAPPING\",\"Message\":\"oops\"}"))
                .startsWith("RETRY_CREATE_MAPPING Message is not");
        assertThat(reason("{\"Type\":\"RETRY_CREATE_MAPPING\"}")).startsWith("RETRY_CREATE_MAPPING Message is not");
    }

    @Test
    void aLongUndecodableBodyIsAbbreviatedInTheReason() {
        String reason = reason("[" + "1,".repeat(5000) + "1]");

        assertThat(reason.length()).isLessThan(300);
    }

    @Test
    void aNotificationSurvivesEncodeThenDecode() {
        Notification original = new Notification("msg-1", "prison-visit.booked", Map.of(
                "eventType", "prison-visit.booked", "prisonerId", "AB12345", "count", 3, "big", 12345678901L,
                "flag", false, "additionalInformation", Map.of("reference", "12", "list", List.of("a", 1))));

        assertThat(codec.decode(codec.encode(original))).isEqualTo(original);
    }

    @Test
    void aNotificationWithoutAnInnerEventTypeSurvivesThroughTheAttribute() {
        Notification original = new Notification("msg-2", "incentives.iep-review.inserted", Map.of("id", "7"));

        assertThat(codec.decode(codec.encode(original))).isEqualTo(original);
    }

    @Test
    void anInternalMessageSurvivesEncodeThenDecode() {
        InternalMessage original = new InternalMessage(InternalMessage.RETRY_CREATE_MAPPING, Map.of(
                "mapping", Map.of("nomisId", "12345", "dpsId", "12"), "entityName", "visit",
                "telemetryAttributes", Map.of("reference", "12")));

        assertThat(codec.decode(codec.encode(original))).isEqualTo(original);
    }

    @Test
    void encodesANotificationAsAnSnsEnvelopeWithTheInnerMessageAsAString() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = mapper.readTree(codec.encode(new Notification("id-1", "prison-visit.booked",
                Map.of("eventType", "prison-visit.booked"))));

        assertThat(json.get("Type").asText()).isEqualTo("Notification");
        assertThat(json.get("MessageId").asText()).isEqualTo("id-1");
        assertThat(json.get("Message").isTextual()).isTrue();
        assertThat(mapper.readTree(json.get("Message").asText()).get("eventType").asText())
                .isEqualTo("prison-visit.booked");
        assertThat(json.get("Timestamp").asText()).isNotBlank();
        assertThat(json.at("/MessageAttributes/eventType/Type").asText()).isEqualTo("String");
        assertThat(json.at("/MessageAttributes/eventType/Value").asText()).isEqualTo("prison-visit.booked");
    }

    @Test
    void encodesAnInternalMessageAsTypeAndMessageString() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = mapper.readTree(codec.encode(new InternalMessage("RETRY_CREATE_MAPPING", Map.of("a", "b"))));

        assertThat(json.size()).isEqualTo(2);
        assertThat(json.get("Type").asText()).isEqualTo("RETRY_CREATE_MAPPING");
        assertThat(json.get("Message").asText()).isEqualTo("{\"a\":\"b\"}");
    }

    @Test
    void aMalformedEnvelopeCannotBeSent() {
        assertThatThrownBy(() -> codec.encode(new Malformed("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    private String reason(String body) {
        Envelope envelope = codec.decode(body);
        assertThat(envelope).isInstanceOf(Malformed.class);
        return ((Malformed) envelope).reason();
    }

    private static String sns(String innerJson, String attributeEventType) {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = mapper.createObjectNode();
        root.put("Type", "Notification");
        root.put("MessageId", "m-1");
        root.put("Message", innerJson);
        if (attributeEventType != null) {
            root.putObject("MessageAttributes").putObject("eventType").put("Type", "String")
                    .put("Value", attributeEventType);
        }
        return root.toString();
    }
}
