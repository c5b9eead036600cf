package org.prisonsync.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    private static final Map<String, Object> EVENT = Map.of(
            "eventType", "prison-visit.booked",
            "bookingId", "1234",
            "numericBookingId", 1234,
            "decodedAsDouble", 1234.0,
            "fraction", 12.5,
            "blank", "  ",
            "additionalInformation", Map.of("reference", "ab-cd-ef-gh", "nested", Map.of("deep", true)),
            "personReference", Map.of("identifiers", List.of(Map.of("type", "NOMS", "value", "A1234BC"))));

    @Test
    void dottedPathsReachIntoNestedObjects() {
        assertThat(JsonFields.string(EVENT, "additionalInformation.reference")).contains("ab-cd-ef-gh");
        assertThat(JsonFields.find(EVENT, "additionalInformation.nested.deep")).contains(true);
        assertThat(JsonFields.string(EVENT, "additionalInformation.nested.deep")).contains("true");
    }

    @Test
    void aMissingFieldOrAPathThroughANonObjectIsEmpty() {
        assertThat(JsonFields.find(EVENT, "additionalInformation.missing")).isEmpty();
        assertThat(JsonFields.find(EVENT, "eventType.reference")).isEmpty();
        assertThat(JsonFields.string(EVENT, "nothing")).isEmpty();
    }

    @Test
    void blankStringsCountAsMissing() {
        assertThat(JsonFields.string(EVENT, "blank")).isEmpty();
        assertThatThrownBy(() -> JsonFields.requireString(EVENT, "blank"))
                .isInstanceOf(InvalidMessageException.class).hasMessage("missing field 'blank'");
    }

    @Test
    void aRequiredFieldNamesItsPathWhenMissing() {
        assertThatThrownBy(() -> JsonFields.requireString(EVENT, "additionalInformation.visitType"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("missing field 'additionalInformation.visitType'");
    }

    @Test
    void idsMayBeQuotedOrNumeric() {
        assertThat(JsonFields.longValue(EVENT, "bookingId")).contains(1234L);
        assertThat(JsonFields.longValue(EVENT, "numericBookingId")).contains(1234L);
        assertThat(JsonFields.requireLong(EVENT, "decodedAsDouble")).isEqualTo(1234L);
        assertThat(JsonFields.string(EVENT, "decodedAsDouble")).contains("1234");
    }

    @Test
    void aNonWholeNumberIsAnInvalidMessageNotACrash() {
        assertThatThrownBy(() -> JsonFields.longValue(EVENT, "fraction"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("'fraction' is not a whole number written in ASCII digits: 12.5");
        assertThatThrownBy(() -> JsonFields.longValue(EVENT, "eventType"))
                .isInstanceOf(InvalidMessageException.class);
    }

    // Long.parseLong reads any script's digits: "١٣" was taken for 13
    @Test
    void numbersInOtherScriptsDigitsAreNotNumbers() {
        Map<String, Object> json = Map.of("visitId", "١٣", "bookingId", "１２３４");

        assertThatThrownBy(() -> JsonFields.requireLong(json, "visitId"))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("ASCII digits");
        assertThatThrownBy(() -> JsonFields.longValue(json, "bookingId"))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("'bookingId'");
    }

    @Test
    void aMissingRequiredNumberNamesItsPath() {
        assertThat(JsonFields.longValue(EVENT, "visitId")).isEmpty();
        assertThatThrownBy(() -> JsonFields.requireLong(EVENT, "visitId"))
                .isInstanceOf(InvalidMessageException.class).hasMessage("missing field 'visitId'");
    }

    @Test
    void objectsAndListsDefaultToEmptyWhenAbsentOrOfAnotherShape() {
        assertThat(JsonFields.object(EVENT, "additionalInformation")).containsEntry("reference", "ab-cd-ef-gh");
        assertThat(JsonFields.object(EVENT, "eventType")).isEmpty();
        assertThat(JsonFields.object(EVENT, "missing")).isEmpty();
        assertThat(JsonFields.list(EVENT, "personReference.identifiers")).hasSize(1);
        assertThat(JsonFields.list(EVENT, "additionalInformation")).isEmpty();
    }
}
