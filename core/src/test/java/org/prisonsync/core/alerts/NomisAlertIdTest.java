package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NomisAlertIdTest {

    @Test
    void theMappingKeyIsBookingAndAlertSequence() {
        NomisAlertId id = new NomisAlertId(1234, 2);

        assertThat(id.key()).isEqualTo("1234:2");
        assertThat(NomisAlertId.fromKey("1234:2")).isEqualTo(id);
    }

    @Test
    void anAlertSequenceBeyondAnIntIsNoAlertKey() {
        assertThat(NomisAlertId.parseKey("1234:2147483648")).isEmpty();
        assertThatThrownBy(() -> NomisAlertId.fromKey("1234:2147483648"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a NOMIS alert key (booking:sequence, positive, in ASCII digits): 1234:2147483648");
    }

    @Test
    void aNumberThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new NomisAlertId(1234, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("booking id and alert sequence must be positive, were 1234 and 0");
    }
}
