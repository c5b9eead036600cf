package org.prisonsync.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundMessageTest {

    @Test
    void receiveCountStartsAtOne() {
        assertThatThrownBy(() -> new InboundMessage("q", "m", 0, new Malformed("x"), "", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts at 1");
    }

    @Test
    void missingBodyAndAttributesBecomeEmpty() {
        InboundMessage message = new InboundMessage("q", "m", 1, new Malformed("x"), null, null);
        assertThat(message.rawBody()).isEmpty();
        assertThat(message.attributes()).isEmpty();
    }

    @Test
    void envelopeTypesAreWhatRoutingAndDlqTelemetryUse() {
        assertThat(new Malformed("not JSON").type()).isEqualTo("MALFORMED");
        assertThat(new InternalMessage(InternalMessage.RETRY_CREATE_MAPPING, null).type())
                .isEqualTo("RETRY_CREATE_MAPPING");
        assertThat(new Notification(null, "prison-visit.booked", null).type()).isEqualTo("prison-visit.booked");
    }

    @Test
    void aNotificationReadsAsEitherKindOfEvent() {
        Notification notification = new Notification("id-1", "VISIT_CANCELLED",
                Map.of("eventType", "VISIT_CANCELLED", "offenderIdDisplay", "A1234BC", "visitId", "7"));
        assertThat(notification.messageId()).isEqualTo("id-1");
        assertThat(notification.asOffenderEvent().requireLong("visitId")).isEqualTo(7L);
        assertThat(notification.asDomainEvent().eventType()).isEqualTo("VISIT_CANCELLED");
    }
}
