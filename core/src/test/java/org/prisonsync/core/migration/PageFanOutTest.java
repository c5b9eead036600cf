package org.prisonsync.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.JsonFields;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.queue.MessageHandler;
import org.prisonsync.core.testing.MigrationWorld;
import org.prisonsync.core.visits.VisitsMigration;

/**
 * {@code MIGRATE_ENTITIES} fans a run's pages out in bounded slices, the cursor travelling on the queue: one message
 * with an estimate of 10^12 once filled a 6 GB heap in 20 s building every page message before sending any.
 */
class PageFanOutTest {
    private static final Map<String, Object> FILTER = Map.of("prisonIds", List.of("MDI"), "visitTypes",
            List.of("SCON"), "ignoreMissingRoom", false);

    private final MigrationWorld world = new MigrationWorld();

    private InternalMessage start(String id, long estimate) {
        return new MigrationContext("VISITS", id, estimate, FILTER, Map.of())
                .message(MigrationMessages.MIGRATE_ENTITIES);
    }

    /** Handles one message directly and returns what it put on the (emptied) queue. */
    private static List<InternalMessage> handleOne(MigrationWorld world, InternalMessage message) {
        String queue = world.queue().queueName();
        world.queues().purge(queue);
        Disposition disposition = world.processor().handle(world.delivery(message, "m-" + message.hashCode(), 1));
        assertThat(disposition).isEqualTo(Disposition.ACK);
        return world.queues().messages(queue).stream().map(e -> (InternalMessage) e.envelope()).toList();
    }

    private static List<InternalMessage> ofType(List<InternalMessage> messages, String type) {
        return messages.stream().filter(m -> m.type().equals(type)).toList();
    }

    private static long pageNumber(InternalMessage message) {
        return JsonFields.requireLong(MigrationContext.of(message).body(), "pageNumber");
    }

    @Test
    void anEstimateOfATrillionQueuesOneBoundedSliceAndACursorPerHandling() {
        MigrationWorld upstreamPages = new MigrationWorld(0, 10, VisitsMigration.DEFAULT_PAGE_SIZE);
        String id = upstreamPages.recordRun(1_000_000_000_000L); // 10^9 pages of 1,000

        List<InternalMessage> first = handleOne(upstreamPages, start(id, 1_000_000_000_000L));

        int slice = CommandLimits.PAGES_PER_SLICE;
        assertThat(first).hasSize(slice + 2);
        assertThat(ofType(first, MigrationMessages.MIGRATE_BY_PAGE)).extracting(PageFanOutTest::pageNumber)
                .containsExactlyElementsOf(range(0, slice));
        assertThat(ofType(first, MigrationMessages.MIGRATE_STATUS_CHECK)).hasSize(1);
        InternalMessage cursor = ofType(first, MigrationMessages.MIGRATE_ENTITIES).get(0);
        assertThat(pageNumber(cursor)).isEqualTo(slice);
        assertThat(JsonFields.object(MigrationContext.of(cursor).body(), "filter")).isEqualTo(FILTER);

        List<InternalMessage> second = handleOne(upstreamPages, cursor);

        assertThat(second).hasSize(slice + 1);
        assertThat(ofType(second, MigrationMessages.MIGRATE_BY_PAGE)).extracting(PageFanOutTest::pageNumber)
                .containsExactlyElementsOf(range(slice, 2L * slice));
        assertThat(ofType(second, MigrationMessages.MIGRATE_STATUS_CHECK)).isEmpty();
        assertThat(ofType(second, MigrationMessages.MIGRATE_ENTITIES)).singleElement()
                .satisfies(next -> assertThat(pageNumber(next)).isEqualTo(2L * slice));
    }

    @Test
    void aMillionIsQueuedSliceBySliceAcrossARestart_everyPageExactlyOnce() {
        long estimate = 1_000_000; // 10,000 pages of 100
        String id = world.recordRun(estimate);
        world.queues().send(world.queue().queueName(), start(id, estimate));
        List<Long> pages = new ArrayList<>();
        List<Integer> pagesPerSlice = new ArrayList<>();
        MessageHandler fanOutOnly = m -> {
            InternalMessage message = (InternalMessage) m.envelope();
            if (message.type().equals(MigrationMessages.MIGRATE_ENTITIES)) {
                pagesPerSlice.add(0);
                if (pagesPerSlice.size() == 3) {
                    world.restart(); // the cursor is on the queue: a new engine carries on from it
                }
                return world.processor().handle(m);
            }
            if (message.type().equals(MigrationMessages.MIGRATE_BY_PAGE)) {
                pages.add(pageNumber(message));
                pagesPerSlice.set(pagesPerSlice.size() - 1, pagesPerSlice.get(pagesPerSlice.size() - 1) + 1);
            }
            return Disposition.ACK; // pages and status checks are counted, not run
        };

        world.pump(fanOutOnly);

        assertThat(pages).containsExactlyElementsOf(range(0, 10_000));
        assertThat(pagesPerSlice).hasSize(100).allSatisfy(n -> assertThat(n).isEqualTo(CommandLimits.PAGES_PER_SLICE));
    }

    @Test
    void aCursorOutsideTheRunsPagesIsRejectedAtOnce() {
        String id = world.recordRun(1_000);
        InternalMessage beyond = new MigrationContext("VISITS", id, 1_000, Map.of("filter", FILTER,
                "pageNumber", 10), Map.of()).message(MigrationMessages.MIGRATE_ENTITIES);

        Disposition disposition = world.processor().handle(world.delivery(beyond, "m-1", 1));

        assertThat(disposition).isInstanceOfSatisfying(Disposition.DeadLetter.class, d -> assertThat(d.reason())
                .contains("continuation from page 10 is outside the run's 10 pages"));
        assertThat(world.queues().messages(world.queue().queueName())).isEmpty();
    }

    private static List<Long> range(long from, long to) {
        List<Long> numbers = new ArrayList<>();
        for (long n = from; n < to; n++) {
            numbers.add(n);
        }
        return numbers;
    }
}
