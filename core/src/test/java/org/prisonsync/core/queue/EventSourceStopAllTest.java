package org.prisonsync.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventSourceStopAllTest {

    /** A source whose stop lasts until every source of the test is stopping, as a long poll outlasts its peers'. */
    private static final class SlowToStop implements EventSource {
        private final CountDownLatch allStopping;
        private final AtomicInteger sawPeersStopping;
        Duration grace;

        SlowToStop(CountDownLatch allStopping, AtomicInteger sawPeersStopping) {
            this.allStopping = allStopping;
            this.sawPeersStopping = sawPeersStopping;
        }

        @Override
        public void start(MessageHandler handler) {
        }

        @Override
        public void stop(Duration grace) {
            this.grace = grace;
            allStopping.countDown();
            try {
                if (allStopping.await(5, TimeUnit.SECONDS)) {
                    sawPeersStopping.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void everySourceStopsAtOnceWithTheWholeGraceAndTheCallReturnsWhenAllHaveStopped() {
        CountDownLatch allStopping = new CountDownLatch(3);
        AtomicInteger sawPeersStopping = new AtomicInteger();
        List<SlowToStop> sources = List.of(new SlowToStop(allStopping, sawPeersStopping),
                new SlowToStop(allStopping, sawPeersStopping), new SlowToStop(allStopping, sawPeersStopping));

        EventSource.stopAll(sources, Duration.ofSeconds(10));

        assertThat(sawPeersStopping).as("stopped one after another, none would see the others stopping")
                .hasValue(3);
        assertThat(sources).allSatisfy(s -> assertThat(s.grace).isEqualTo(Duration.ofSeconds(10)));
    }
}
