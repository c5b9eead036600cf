package org.prisonsync.core.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BookingRecordIdTest {

    @Test
    void theKeyIsBookingThenSequenceAndReadsBack() {
        BookingRecordId id = new BookingRecordId(1234567, 3);

        assertThat(id.key()).isEqualTo("1234567:3");
        assertThat(id).hasToString("1234567:3");
        assertThat(BookingRecordId.parseKey("1234567:3", Long.MAX_VALUE)).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "1:2:3", ":3", "1:", "0:3", "1:0", "-1:3", "1:-3", "١:3", "1: 3", "a:b"})
    void aKeyThatIsNotTwoPositiveAsciiNumbersIsNoId(String key) {
        assertThat(BookingRecordId.parseKey(key, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void noKeyIsNoId() {
        assertThat(BookingRecordId.parseKey(null, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void aSequenceAboveTheLargestTheDomainKeepsIsNoId() {
        assertThat(BookingRecordId.parseKey("1:2147483647", Integer.MAX_VALUE)).isPresent();
        assertThat(BookingRecordId.parseKey("1:2147483648", Integer.MAX_VALUE)).isEmpty();
        assertThat(BookingRecordId.parseKey("1:2147483648", Long.MAX_VALUE)).isPresent();
    }

    @Test
    void aNumberThatIsNotPositiveIsRefusedNamingTheSequenceAsTheDomainDoes() {
        assertThatThrownBy(() -> new BookingRecordId(0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("booking id and sequence must be positive, were 0 and 3");
        assertThatThrownBy(() -> BookingRecordId.requirePositive(5, -1, "alert sequence"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("booking id and alert sequence must be positive, were 5 and -1");
    }
}
