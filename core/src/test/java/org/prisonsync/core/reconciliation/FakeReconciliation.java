package org.prisonsync.core.reconciliation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A reconciliation of prisoners' values held by two maps standing for NOMIS and DPS, paged in offset pages over the
 * prisoners {@code P00000} … by default. Tests plant differences, failing pages and failing items, and watch how many
 * checks run at once. Its repair copies the NOMIS value to DPS.
 */
final class FakeReconciliation implements Reconciliation<String> {
    final String name;
    final int size;
    final Map<String, String> nomis = new ConcurrentHashMap<>();
    final Map<String, String> dps = new ConcurrentHashMap<>();
    final Set<String> failingItems = ConcurrentHashMap.newKeySet();
    final Set<String> failingRepairs = ConcurrentHashMap.newKeySet();
    final Set<Integer> failingPages = ConcurrentHashMap.newKeySet();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger repairs = new AtomicInteger();
    int pageSize = 20;
    int maxInFlight = 4;
    int maxPageErrors = DEFAULT_MAX_PAGE_ERRORS;
    long checkMillis;
    boolean dated;
    /** Replaces the default offset pages when set. */
    Population<String> population;
    /** Called with each page number before it is read. */
    java.util.function.IntConsumer beforePage = page -> { };

    FakeReconciliation(String name, int size) {
        this.name = name;
        this.size = size;
        for (int i = 0; i < size; i++) {
            nomis.put(prisoner(i), "STD");
            dps.put(prisoner(i), "STD");
        }
    }

    static String prisoner(int i) {
        return prisonerOf(i);
    }

    static String prisonerOf(long i) {
        return String.format("P%05d", i);
    }

    /** Prisoners {@code from} (inclusive) to {@code to} (exclusive). */
    static List<String> range(long from, long to) {
        List<String> prisoners = new ArrayList<>();
        for (long i = from; i < to; i++) {
            prisoners.add(prisonerOf(i));
        }
        return prisoners;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Population<String> population(ReconciliationParameters parameters) {
        if (population != null) {
            return population;
        }
        return Population.offsetPages(() -> size, (page, pageLength) -> {
            beforePage.accept(page);
            if (failingPages.contains(page)) {
                throw new IllegalStateException("page " + page + " timed out");
            }
            List<String> prisoners = new ArrayList<>();
            for (int i = page * pageLength; i < Math.min(size, (page + 1) * pageLength); i++) {
                prisoners.add(prisoner(i));
            }
            return prisoners;
        });
    }

    @Override
    public Optional<Mismatch> check(String prisoner, ReconciliationParameters parameters) {
        started.incrementAndGet();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (checkMillis > 0) {
                Thread.sleep(checkMillis);
            }
            if (failingItems.contains(prisoner)) {
                throw new IllegalStateException("NOMIS answered 500 for " + prisoner);
            }
            String n = nomis.get(prisoner);
            String d = dps.get(prisoner);
            if (Objects.equals(n, d)) {
                return Optional.empty();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("offenderNo", prisoner);
            parameters.date().ifPresent(date -> fields.put("date", date.toString()));
            return Optional.of(new Mismatch(prisoner, fields, n, d, LikelySide.DPS, "DPS has " + d));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public String key(String prisoner) {
        return prisoner;
    }

    @Override
    public boolean dated() {
        return dated;
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public int maxInFlight() {
        return maxInFlight;
    }

    @Override
    public int maxPageErrors() {
        return maxPageErrors;
    }

    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        if (failingRepairs.contains(mismatch.key())) {
            throw new IllegalStateException("DPS refused the update of " + mismatch.key());
        }
        String n = nomis.get(mismatch.key());
        if (Objects.equals(n, dps.get(mismatch.key()))) {
            return new RepairResult(mismatch.key(), dryRun, RepairResult.Outcome.NOTHING_TO_DO, "already agree");
        }
        if (!dryRun) {
            repairs.incrementAndGet();
            dps.put(mismatch.key(), n);
        }
        return RepairResult.changed(mismatch.key(), dryRun, "set DPS to " + n);
    }

    /** A population of {@code count} items made as they are paged (keyset on the item number), none held. */
    static Population<String> generated(int count, Function<Long, String> item) {
        return Population.keysetPages(-1, (after, length) -> {
            List<String> page = new ArrayList<>();
            for (long i = after + 1; i < Math.min(count, after + 1 + length); i++) {
                page.add(item.apply(i));
            }
            return page;
        }, FakeReconciliation::numberOf);
    }

    static long numberOf(String prisoner) {
        return Long.parseLong(prisoner.substring(1));
    }
}
