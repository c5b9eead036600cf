package org.prisonsync.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueDefinitionTest {
    private static final QueueDefinition VISITS = QueueDefinition.withDefaults("visits", "visits-q", "visits-dlq");

    @Test
    void defaultsAreTheUpstreamOnes() {
        assertThat(VISITS.maxReceiveCount()).isEqualTo(5);
        assertThat(VISITS.concurrency()).isEqualTo(8);
        assertThat(VISITS.ladder()).isEqualTo(RetryLadder.DEFAULT);
        assertThat(VISITS.eventLadders()).isEmpty();
    }

    @Test
    void anEventWithoutItsOwnLadderUsesTheQueueLadder() {
        QueueDefinition queue = VISITS.withLadder(RetryLadder.parse("1, 1, 60"));
        assertThat(queue.ladderFor("prison-visit.booked")).isEqualTo(RetryLadder.parse("1, 1, 60"));
    }

    @Test
    void anEventLadderOverridesTheQueueLadderForThatEventOnly() {
        RetryLadder fast = RetryLadder.parse("3, 10, 60, 600");
        QueueDefinition queue = VISITS.withEventLadder("contacts-api.contact-address-phone.created", fast);
        assertThat(queue.ladderFor("contacts-api.contact-address-phone.created")).isEqualTo(fast);
        assertThat(queue.ladderFor("contacts-api.contact.created")).isEqualTo(RetryLadder.DEFAULT);
        assertThat(queue.ladderFor("contacts-api.contact-address-phone.created").delayAfter(1))
                .isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void addingAnEventLadderKeepsTheOthersAndLeavesTheOriginalUnchanged() {
        QueueDefinition one = VISITS.withEventLadder("a", RetryLadder.parse("1"));
        QueueDefinition two = one.withEventLadder("b", RetryLadder.parse("2"));
        assertThat(two.eventLadders()).containsOnlyKeys("a", "b");
        assertThat(one.eventLadders()).containsOnlyKeys("a");
        assertThat(VISITS.eventLadders()).isEmpty();
    }

    @Test
    void withersChangeOnlyTheirField() {
        QueueDefinition changed = VISITS.withMaxReceiveCount(2).withConcurrency(1);
        assertThat(changed.maxReceiveCount()).isEqualTo(2);
        assertThat(changed.concurrency()).isEqualTo(1);
        assertThat(changed.queueName()).isEqualTo("visits-q");
        assertThat(changed.dlqName()).isEqualTo("visits-dlq");
        assertThat(changed.ladder()).isEqualTo(RetryLadder.DEFAULT);
    }

    @Test
    void queueIdsMustBeLowerCase() {
        assertThatThrownBy(() -> QueueDefinition.withDefaults("Visits", "q", "dlq"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower case");
    }

    @Test
    void aQueueNeedsAtLeastOneDeliveryAndOneConsumer() {
        assertThatThrownBy(() -> VISITS.withMaxReceiveCount(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxReceiveCount");
        assertThatThrownBy(() -> VISITS.withConcurrency(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concurrency");
    }

    @Test
    void namesAndLadderAreRequired() {
        assertThatThrownBy(() -> QueueDefinition.withDefaults("visits", null, "dlq"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> QueueDefinition.withDefaults("visits", "q", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QueueDefinition("visits", "q", "dlq", 5, null, Map.of(), 1))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMissingEventLadderMapMeansNone() {
        QueueDefinition queue = new QueueDefinition("visits", "q", "dlq", 5, RetryLadder.DEFAULT, null, 1);
        assertThat(queue.eventLadders()).isEmpty();
        assertThat(queue.ladderFor("anything")).isEqualTo(RetryLadder.DEFAULT);
    }
}
