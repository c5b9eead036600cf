package org.prisonsync.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainEventTest {

    private static Map<String, Object> visitBooked(Map<String, Object> info) {
        Map<String, Object> json = new HashMap<>();
        json.put("eventType", "prison-visit.booked");
        json.put("version", 1);
        json.put("occurredAt", "2026-02-01T10:00:00Z");
        json.put("description", "Prison visit booked");
        json.put("prisonerId", "A1234BC");
        json.put("additionalInformation", info);
        return json;
    }

    @Test
    void readsTheEnvelopeFieldsOfAVisitEvent() {
        DomainEvent event = DomainEvent.from(visitBooked(Map.of("reference", "ab-cd-ef-gh", "source", "DPS")));
        assertThat(event.eventType()).isEqualTo("prison-visit.booked");
        assertThat(event.version()).isEqualTo("1");
        assertThat(event.occurredAt()).isEqualTo("2026-02-01T10:00:00Z");
        assertThat(event.description()).isEqualTo("Prison visit booked");
        assertThat(event.detailUrl()).isNull();
        assertThat(event.prisonerNumber()).contains("A1234BC");
        assertThat(event.requireInfo("reference")).isEqualTo("ab-cd-ef-gh");
    }

    @Test
    void thePrisonerComesFromPersonReferenceNomsWhenThereIsNoPrisonerId() {
        Map<String, Object> json = Map.of("eventType", "person.alert.created",
                "personReference", Map.of("identifiers", List.of(
                        Map.of("type", "CRN", "value", "X123456"),
                        Map.of("type", "NOMS", "value", "G4803UT"))));
        assertThat(DomainEvent.from(json).prisonerNumber()).contains("G4803UT");
    }

    @Test
    void aTopLevelPrisonerIdWinsOverPersonReference() {
        Map<String, Object> json = Map.of("eventType", "prison-visit.booked", "prisonerId", "A1234BC",
                "personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", "G4803UT"))));
        assertThat(DomainEvent.from(json).prisonerNumber()).contains("A1234BC");
    }

    @Test
    void withoutAnyNomsIdentifierThereIsNoPrisoner() {
        DomainEvent event = DomainEvent.from(Map.of("eventType", "x",
                "personReference", Map.of("identifiers", List.of(Map.of("type", "CRN", "value", "X1")))));
        assertThat(event.prisonerNumber()).isEmpty();
        assertThatThrownBy(event::requirePrisonerNumber).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("prisonerId").hasMessageContaining("personReference");
    }

    @Test
    void aMissingInfoFieldIsNamedInFull() {
        DomainEvent event = DomainEvent.from(visitBooked(Map.of("source", "DPS")));
        assertThat(event.info("reference")).isEmpty();
        assertThatThrownBy(() -> event.requireInfo("reference")).isInstanceOf(InvalidMessageException.class)
                .hasMessage("missing field 'additionalInformation.reference'");
    }

    @Test
    void anEventWithoutEventTypeIsInvalid() {
        assertThatThrownBy(() -> DomainEvent.from(Map.of("prisonerId", "A1234BC")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("eventType");
    }

    @Test
    void onlySourceNomisMarksAnEcho() {
        assertThat(DomainEvent.from(visitBooked(Map.of("source", "NOMIS"))).originatesInNomis()).isTrue();
        assertThat(DomainEvent.from(visitBooked(Map.of("source", "nomis"))).originatesInNomis()).isTrue();
        assertThat(DomainEvent.from(visitBooked(Map.of("source", "DPS"))).originatesInNomis()).isFalse();
        assertThat(DomainEvent.from(visitBooked(Map.of())).originatesInNomis()).isFalse();
    }

    @Test
    void noAdditionalInformationIsAnEmptyMap() {
        DomainEvent event = DomainEvent.from(Map.of("eventType", "x"));
        assertThat(event.additionalInformation()).isEmpty();
        assertThat(event.info("reference")).isEmpty();
    }
}
