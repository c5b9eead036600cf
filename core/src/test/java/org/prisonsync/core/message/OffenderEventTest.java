package org.prisonsync.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OffenderEventTest {

    private static Map<String, Object> visitCancelled(String auditModuleName) {
        Map<String, Object> json = new HashMap<>();
        json.put("eventId", "5958295");
        json.put("eventType", "VISIT_CANCELLED");
        json.put("eventDatetime", "2019-10-21T15:00:25.489964");
        json.put("offenderIdDisplay", "G4803UT");
        json.put("agencyLocationId", "MDI");
        json.put("bookingId", "1234");
        json.put("nomisEventType", "OFFENDER_VISIT-UPDATED");
        json.put("visitId", "9");
        if (auditModuleName != null) {
            json.put("auditModuleName", auditModuleName);
        }
        return json;
    }

    @Test
    void readsTheUpstreamVisitCancelledEvent() {
        OffenderEvent event = OffenderEvent.from(visitCancelled("OIDOVIS"));
        assertThat(event.eventType()).isEqualTo("VISIT_CANCELLED");
        assertThat(event.eventDatetime()).isEqualTo("2019-10-21T15:00:25.489964");
        assertThat(event.offenderIdDisplay()).contains("G4803UT");
        assertThat(event.bookingId()).contains(1234L);
        assertThat(event.nomisEventType()).isEqualTo("OFFENDER_VISIT-UPDATED");
        assertThat(event.auditModuleName()).contains("OIDOVIS");
        assertThat(event.requireLong("visitId")).isEqualTo(9L);
        assertThat(event.field("agencyLocationId")).contains("MDI");
        assertThat(event.requireOffender()).isEqualTo("G4803UT");
    }

    @Test
    void aWriteByDpsSynchronisationIsOurOwnEcho() {
        assertThat(OffenderEvent.from(visitCancelled("DPS_SYNCHRONISATION")).originatesInDps()).isTrue();
        assertThat(OffenderEvent.from(visitCancelled("DPS_SYNCHRONISATION_VISITS")).originatesInDps()).isTrue();
    }

    @Test
    void aNomisScreenOrAMissingAuditModuleIsNotFromDps() {
        assertThat(OffenderEvent.from(visitCancelled("OIDOVIS")).originatesInDps()).isFalse();
        assertThat(OffenderEvent.from(visitCancelled("X_DPS_SYNCHRONISATION")).originatesInDps()).isFalse();
        assertThat(OffenderEvent.from(visitCancelled(null)).originatesInDps()).isFalse();
    }

    @Test
    void aMissingOffenderOrIdIsInvalid() {
        Map<String, Object> json = visitCancelled("OIDOVIS");
        json.remove("offenderIdDisplay");
        json.remove("visitId");
        OffenderEvent event = OffenderEvent.from(json);
        assertThatThrownBy(event::requireOffender).isInstanceOf(InvalidMessageException.class)
                .hasMessage("missing field 'offenderIdDisplay'");
        assertThatThrownBy(() -> event.requireLong("visitId")).isInstanceOf(InvalidMessageException.class)
                .hasMessage("missing field 'visitId'");
    }

    @Test
    void aNumericBookingIdIsReadToo() {
        Map<String, Object> json = visitCancelled("OIDOVIS");
        json.put("bookingId", 1234567);
        assertThat(OffenderEvent.from(json).bookingId()).contains(1234567L);
    }
}
