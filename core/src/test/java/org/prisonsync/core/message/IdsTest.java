package org.prisonsync.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @Test
    void aPositiveIdIsReadFromAsciiDigitsOnly() {
        assertThat(Ids.parsePositiveLong("13")).isEqualTo(OptionalLong.of(13));
        assertThat(Ids.parsePositiveLong("0013")).isEqualTo(OptionalLong.of(13));
        assertThat(Ids.parsePositiveLong("9223372036854775807")).isEqualTo(OptionalLong.of(Long.MAX_VALUE));
        assertThat(Ids.parsePositiveInt("2147483647")).isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
    }

    // Long.parseLong accepts every Unicode decimal digit: "١٣" (Arabic-Indic), "१३" (Devanagari), "１３" (fullwidth)
    @ParameterizedTest
    @ValueSource(strings = {"١٣", "१३", "１３", "1٣", "+13", "-13", " 13", "13 ", "1_3", "0x13", "1e3", "13.0", "",
            "0", "9223372036854775808", "99999999999999999999999"})
    void anythingElseIsNoPositiveId(String text) {
        assertThat(Ids.parsePositiveLong(text)).isEmpty();
        assertThatThrownBy(() -> Ids.requirePositiveLong(text, "visitId"))
                .isInstanceOf(InvalidMessageException.class).hasMessageStartingWith("field 'visitId' is ");
    }

    @Test
    void anIntIdBeyondAnIntNamesTheRange() {
        assertThat(Ids.parsePositiveInt("3000000000")).isEmpty();
        assertThatThrownBy(() -> Ids.requirePositiveInt(3_000_000_000L, "movementSeq"))
                .isInstanceOf(InvalidMessageException.class)
                .hasMessage("field 'movementSeq' is out of range (1..2147483647): 3000000000");
    }

    @Test
    void wholeJsonNumbersAreIdsAndFractionsOrHugeOnesAreNot() {
        assertThat(Ids.requirePositiveLong(1234, "b")).isEqualTo(1234L);
        assertThat(Ids.requirePositiveLong(1234.0, "b")).isEqualTo(1234L);
        assertThat(Ids.requirePositiveLong(new BigDecimal("1234.00"), "b")).isEqualTo(1234L);
        assertThatThrownBy(() -> Ids.requirePositiveLong(12.5, "b")).hasMessageContaining("not a positive whole");
        assertThatThrownBy(() -> Ids.requirePositiveLong(1e300, "b")).isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() -> Ids.requirePositiveLong(new BigInteger("1".repeat(30)), "b"))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Ids.requirePositiveLong(true, "b")).isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void countsMayBeZeroOrNegativeButStillAsciiOnly() {
        assertThat(Ids.parseLong("-5")).isEqualTo(OptionalLong.of(-5));
        assertThat(Ids.parseLong("0")).isEqualTo(OptionalLong.of(0));
        assertThat(Ids.parseLong("-٥")).isEmpty();
        assertThat(Ids.parseLong("-")).isEmpty();
        assertThat(Ids.requireLong(-5, "pageNumber")).isEqualTo(-5L);
    }

    @Test
    void prisonerNumbersHaveNomisShape() {
        assertThat(Ids.isPrisonerNumber("A1234BC")).isTrue();
        for (String bad : new String[] {"a1234bc", "A12345C", "A1234B", "A1234BCD", "A١٢٣٤BC", "AB12345", null}) {
            assertThat(Ids.isPrisonerNumber(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> Ids.requirePrisonerNumber("X".repeat(100_000), "offenderIdDisplay"))
                .hasMessageStartingWith("field 'offenderIdDisplay' is not a prisoner number (like A1234BC): XXX")
                .hasMessageEndingWith("(100000 characters)");
    }

    @Test
    void textIdsAreShortAsciiTokens() {
        assertThat(Ids.isTextId("ab-cd-ef-gh")).isTrue();
        assertThat(Ids.isTextId("8cdadcf3-b003-4116-9956-c99bd8df6a00")).isTrue();
        for (String bad : new String[] {"", "a b", "ab/cd", "ab%2F", "é", "x".repeat(65), null}) {
            assertThat(Ids.isTextId(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> Ids.requireTextId("r".repeat(100_000), "reference"))
                .hasMessageContaining("was 100000 long");
    }
}
