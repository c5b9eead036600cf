package org.prisonsync.core.reconciliation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one run with at most {@code maxInFlight} workers, each taking the next item and checking it. No
 * thread waits on another (whichever worker finds no page read ahead reads one), so a run cannot deadlock however
 * small the executor, and it holds at most the page being checked and one page read ahead, whatever the
 * population's size. Mismatches are written to the store in batches.
 */
final class RunDriver<T> {
    static final int MISMATCH_BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(RunDriver.class);

    private final Reconciliation<T> reconciliation;
    private final ReconciliationParameters parameters;
    private final ReconciliationRun run;
    private final Map<String, Exclusion> excluded;
    private final ReconciliationRuns runs;
    private final RunEvents events;
    private final Executor executor;
    private final Clock clock;
    private final CompletableFuture<ReconciliationRun> finished = new CompletableFuture<>();

    private final AtomicLong pagesRead = new AtomicLong();
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong mismatches = new AtomicLong();
    private final AtomicLong itemErrors = new AtomicLong();
    private final List<Mismatch> unsaved = new ArrayList<>();
    /**
     * The excluded keys this run found consistent, and those it found still differing (or could not check). A key
     * may be checked more than once in a run (non-associations walks NOMIS's pairs and then DPS's, and a pair both
     * hold is looked at from each side, only the first comparing it), so an exclusion is resolved only when no check
     * of its key found a difference, and reported once, when the run ends.
     */
    private final Set<String> excludedConsistent = ConcurrentHashMap.newKeySet();
    private final Set<String> excludedDiffering = ConcurrentHashMap.newKeySet();

    private final Object lock = new Object();
    private PageCursor<T> cursor;
    private Iterator<T> current = Collections.emptyIterator();
    private List<T> ahead;
    private boolean fetching;
    private boolean stopped;
    private boolean failed;
    private boolean ended;
    private int workers;
    private long pageErrors;
    private Long total;

    RunDriver(Reconciliation<T> reconciliation, ReconciliationParameters parameters, ReconciliationRun run,
              Map<String, Exclusion> excluded, ReconciliationRuns runs, RunEvents events, Executor executor,
              Clock clock) {
        this.reconciliation = reconciliation;
        this.parameters = parameters;
        this.run = run;
        this.excluded = Map.copyOf(excluded);
        this.runs = runs;
        this.events = events;
        this.executor = executor;
        this.clock = clock;
    }

    String runId() {
        return run.id();
    }

    /** Opens the population and sets the checks going; the future completes with the ended run. */
    CompletableFuture<ReconciliationRun> start() {
        OptionalLong known = OptionalLong.empty();
        try {
            PageCursor<T> opened = reconciliation.population(parameters).open(reconciliation.pageSize());
            known = opened.total();
            synchronized (lock) {
                cursor = opened;
                total = known.isPresent() ? known.getAsLong() : null;
            }
            events.requested(parameters, known);
        } catch (RuntimeException e) {
            events.requested(parameters, known);
            events.pageError("the population", e);
            synchronized (lock) {
                pageErrors++;
                stopped = true;
                failed = true;
            }
        }
        synchronized (lock) {
            workers++;
        }
        work();
        return finished;
    }

    /** Ends a run that could not be set going at all (the executor refused it). */
    void abandon(RuntimeException why) {
        log.warn("{} reconciliation run {} could not start: {}", reconciliation.name(), run.id(), why.getMessage());
        synchronized (lock) {
            stopped = true;
            failed = true;
            workers++;
        }
        work();
    }

    private enum Step { CHECK, READ_THEN_CHECK, READ, END, LEAVE }

    /**
     * One worker: takes the next item and checks it until there is none; whoever finds no page read ahead reads
     * one (and sets more workers going). The last worker out ends the run.
     */
    private void work() {
        while (true) {
            Step step;
            T item = null;
            synchronized (lock) {
                if (!current.hasNext() && ahead != null) {
                    current = ahead.iterator();
                    ahead = null;
                }
                boolean canRead = ahead == null && !fetching && !stopped && cursor.hasNext();
                if (current.hasNext()) {
                    item = current.next();
                    step = canRead ? Step.READ_THEN_CHECK : Step.CHECK;
                } else if (canRead) {
                    step = Step.READ;
                } else {
                    workers--;
                    step = workers == 0 && !fetching && !ended ? Step.END : Step.LEAVE;
                    ended |= step == Step.END;
                }
                if (step == Step.READ || step == Step.READ_THEN_CHECK) {
                    fetching = true;
                }
            }
            switch (step) {
                case READ -> readAhead();
                case READ_THEN_CHECK -> {
                    readAhead();
                    check(item);
                }
                case CHECK -> check(item);
                case END -> {
                    finish();
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }

    /** Sets workers going, up to {@code maxInFlight}, while there are items in hand for them. */
    private void addWorkers() {
        while (true) {
            synchronized (lock) {
                if (workers >= reconciliation.maxInFlight() || (!current.hasNext() && ahead == null)) {
                    return;
                }
                workers++;
            }
            try {
                executor.execute(this::work);
            } catch (RejectedExecutionException e) {
                log.warn("{} reconciliation run {} stops: no thread to check on ({})", reconciliation.name(),
                        run.id(), e.getMessage());
                synchronized (lock) {
                    workers--;
                    stopped = true;
                    failed = true;
                    current = Collections.emptyIterator();
                    ahead = null;
                }
                return;
            }
        }
    }

    private void readAhead() {
        List<T> page;
        try {
            page = cursor.next();
            pagesRead.incrementAndGet();
        } catch (RuntimeException e) {
            page = List.of();
            events.pageError(cursor.position(), e);
            synchronized (lock) {
                pageErrors++;
                if (pageErrors >= reconciliation.maxPageErrors()) {
                    log.warn("{} reconciliation run {} stops after {} page errors", reconciliation.name(), run.id(),
                            pageErrors);
                    stopped = true;
                    failed = true;
                }
            }
        }
        synchronized (lock) {
            fetching = false;
            ahead = page.isEmpty() ? null : page;
        }
        addWorkers();
    }

    private void check(T item) {
        String key = keyOf(item);
        try {
            Optional<Mismatch> mismatch = reconciliation.check(item, parameters);
            checked.incrementAndGet();
            Exclusion exclusion = excluded.get(key);
            if (mismatch.isPresent() && exclusion != null) {
                excludedDiffering.add(key);
                events.excluded(mismatch.get(), exclusion);
            } else if (mismatch.isPresent() && mismatch.get().explanation().isPresent()) {
                events.explained(mismatch.get());
                keep(mismatch.get());
            } else if (mismatch.isPresent()) {
                mismatches.incrementAndGet();
                events.mismatch(mismatch.get());
                keep(mismatch.get());
            } else if (exclusion != null) {
                excludedConsistent.add(key);
            }
        } catch (RuntimeException e) {
            if (excluded.containsKey(key)) {
                excludedDiffering.add(key);
            }
            itemErrors.incrementAndGet();
            events.itemError(key, e);
        }
    }

    private String keyOf(T item) {
        try {
            return reconciliation.key(item);
        } catch (RuntimeException e) {
            return String.valueOf(item);
        }
    }

    private void keep(Mismatch mismatch) {
        List<Mismatch> batch = null;
        synchronized (unsaved) {
            unsaved.add(mismatch);
            if (unsaved.size() >= MISMATCH_BATCH) {
                batch = List.copyOf(unsaved);
                unsaved.clear();
            }
        }
        if (batch != null) {
            save(batch);
        }
    }

    private void save(List<Mismatch> batch) {
        try {
            runs.addMismatches(run.id(), batch);
        } catch (RuntimeException e) {
            // the mismatches were tracked already; the run is marked failed so nobody trusts its stored list
            log.error("{} reconciliation run {}: {} mismatches could not be stored: {}", reconciliation.name(),
                    run.id(), batch.size(), e.getMessage());
            synchronized (lock) {
                failed = true;
            }
        }
    }

    private void finish() {
        List<Mismatch> rest;
        synchronized (unsaved) {
            rest = List.copyOf(unsaved);
            unsaved.clear();
        }
        if (!rest.isEmpty()) {
            save(rest);
        }
        new TreeSet<>(excludedConsistent).stream().filter(key -> !excludedDiffering.contains(key))
                .forEach(key -> events.excludedResolved(key, excluded.get(key)));
        boolean runFailed;
        long failedPages;
        Long populationTotal;
        synchronized (lock) {
            runFailed = failed;
            failedPages = pageErrors;
            populationTotal = total;
        }
        ReconciliationRun ended = run.ended(runFailed ? RunStatus.FAILED : RunStatus.COMPLETED, clock.instant(),
                populationTotal, pagesRead.get(), checked.get(), mismatches.get(), itemErrors.get(), failedPages);
        try {
            runs.finish(ended);
        } catch (RuntimeException e) {
            log.error("{} reconciliation run {} ended {} but could not be stored: {}", reconciliation.name(),
                    run.id(), ended.status(), e.getMessage());
        }
        events.report(ended, !runFailed && ended.itemErrors() == 0 && ended.pageErrors() == 0);
        finished.complete(ended);
    }
}
