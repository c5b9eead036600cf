package org.prisonsync.core.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NomisIncentiveIdTest {

    @Test
    void theMappingKeyIsBookingAndIncentiveSequence() {
        NomisIncentiveId id = new NomisIncentiveId(1234567, 3);

        assertThat(id.key()).isEqualTo("1234567:3");
        assertThat(NomisIncentiveId.parseKey("1234567:3")).contains(id);
        assertThat(NomisIncentiveId.parseKey("1234567:2147483648")).isPresent();
        assertThat(NomisIncentiveId.parseKey("1234567")).isEmpty();
    }

    @Test
    void aNumberThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new NomisIncentiveId(0, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("booking id and incentive sequence must be positive, were 0 and 3");
    }
}
