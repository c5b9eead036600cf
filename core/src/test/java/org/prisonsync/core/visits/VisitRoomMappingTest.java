package org.prisonsync.core.visits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A room mapping fits its store's columns or is refused naming the field, before anything is written. */
class VisitRoomMappingTest {

    @Test
    void valuesAtTheStoredLengthsAreAccepted() {
        assertThatCode(() -> new VisitRoomMapping("A".repeat(10), "R".repeat(240), "V".repeat(240), true))
                .doesNotThrowAnyException();
    }

    @Test
    void aValueLongerThanItsColumnIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new VisitRoomMapping("A".repeat(11), "R", "V", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prisonId");
        assertThatThrownBy(() -> new VisitRoomMapping("MDI", "R".repeat(241), "V", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nomisRoomDescription");
        assertThatThrownBy(() -> new VisitRoomMapping("MDI", "R", "V".repeat(241), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vsipId");
    }
}
