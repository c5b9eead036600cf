package org.prisonsync.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryLadderTest {

    @Test
    void theDefaultLadderIsTheUpstreamOne() {
        assertThat(RetryLadder.DEFAULT.steps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(600));
        assertThat(RetryLadder.DEFAULT).hasToString("1, 10, 60, 600");
    }

    @Test
    void theNthFailedDeliveryWaitsTheNthStep() {
        assertThat(RetryLadder.DEFAULT.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryLadder.DEFAULT.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetryLadder.DEFAULT.delayAfter(3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryLadder.DEFAULT.delayAfter(4)).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void theLastStepRepeatsOnceTheLadderRunsOut() {
        assertThat(RetryLadder.DEFAULT.delayAfter(5)).isEqualTo(Duration.ofSeconds(600));
        assertThat(RetryLadder.DEFAULT.delayAfter(50)).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void aReceiveCountBelowOneUsesTheFirstStep() {
        assertThat(RetryLadder.DEFAULT.delayAfter(0)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void parsingAcceptsSpacesAndASingleZero() {
        assertThat(RetryLadder.parse(" 3,10 ,60").steps()).containsExactly(Duration.ofSeconds(3),
                Duration.ofSeconds(10), Duration.ofSeconds(60));
        assertThat(RetryLadder.parse("0").delayAfter(3)).isZero();
    }

    @Test
    void aLadderRoundTripsThroughItsText() {
        RetryLadder ladder = RetryLadder.parse("1, 1, 1, 5, 5, 60");
        assertThat(RetryLadder.parse(ladder.toString())).isEqualTo(ladder);
    }

    @Test
    void nonNumericStepsAreRejectedWithTheText() {
        assertThatThrownBy(() -> RetryLadder.parse("1, ten, 60"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1, ten, 60'");
    }

    @Test
    void anEmptyLadderIsRejected() {
        assertThatThrownBy(() -> RetryLadder.parse(" , ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one step");
        assertThatThrownBy(() -> new RetryLadder(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeDelaysAreRejected() {
        assertThatThrownBy(() -> RetryLadder.parse("1, -10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void theStepsCannotBeChangedAfterwards() {
        RetryLadder ladder = RetryLadder.parse("1, 2");
        assertThatThrownBy(() -> ladder.steps().add(Duration.ZERO))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
