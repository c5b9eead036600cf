package org.prisonsync.core.reconciliation;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * What a domain declares to be reconciled: which items ({@link #population}), how one item is compared
 * ({@link #check}) and, optionally, repaired. The {@link ReconciliationEngine} does the paging, concurrency,
 * exclusions, telemetry and persistence.
 *
 * @param <T> one item of the population: a prisoner number, a (prisoner, booking) pair, a prison …
 */
public interface Reconciliation<T> {
    int DEFAULT_MAX_PAGE_ERRORS = 30;

    /** Lower-case words joined by dashes ({@code alerts}, {@code incentives}): the name operators and URLs use. */
    String name();

    /** The stem of every telemetry event of this reconciliation, stable API: {@code <name>-reports-reconciliation}. */
    default String telemetryPrefix() {
        return name() + "-reports-reconciliation";
    }

    /**
     * The event, after the prefix, of a difference {@code explanation} explains (kept, labelled, not raised):
     * {@code mismatch-explained} unless the reconciliation keeps an upstream name for it, as adjudications keeps
     * {@code merge-mismatch} for a merge, so the dashboards and alerts built on upstream's names still find it.
     */
    default String explainedEvent(String explanation) {
        return "mismatch-explained";
    }

    /**
     * The items of one run. The run's parameters are given (already checked, with a dated run's {@code date} filled
     * in), for a population that depends on them, e.g. the records of that day.
     */
    Population<T> population(ReconciliationParameters parameters);

    /**
     * Compares one item: empty when both sides agree. Throws when the item cannot be read (an API failed, a record is
     * malformed); the engine counts that as an item error and carries on.
     */
    Optional<Mismatch> check(T item, ReconciliationParameters parameters);

    /** The key reports and exclusion lists know the item by (a prisoner number, a booking id). */
    String key(T item);

    /**
     * True when each item is a prisoner (its key a prisoner number). The telemetry then also carries upstream's
     * prisoner-count names, which dashboards and alert rules on the old reports read: {@code active-prisoners} on
     * the request, {@code prisoners-count} on the report, {@code offenderNo} on an item's error.
     */
    default boolean itemsArePrisoners() {
        return false;
    }

    /** Upstream's cron time for the scheduled run (e.g. {@code "10 4 * * 1"}), when it has one. */
    default Optional<String> defaultSchedule() {
        return Optional.empty();
    }

    /** Whether a run is for a date ({@code date} parameter, yesterday when not given). */
    default boolean dated() {
        return false;
    }

    /**
     * The run parameters this reconciliation takes besides {@code date} (which a {@link #dated} one takes), e.g.
     * {@link ReconciliationParameters#FROM} and {@link ReconciliationParameters#TO} for a range of days. Any other
     * parameter is refused before the run starts.
     */
    default Set<String> parameterNames() {
        return Set.of();
    }

    /**
     * The parameters a run uses, given those asked for (already checked): fills in what was left out (e.g. a range
     * of days from yesterday), so the stored run says what it compared. May refuse a combination (a range ending
     * before it starts) with {@link IllegalArgumentException}.
     */
    default ReconciliationParameters withDefaults(ReconciliationParameters given, Clock clock) {
        return given;
    }

    default int pageSize() {
        return 20;
    }

    /** At most this many checks at once, so each upstream API sees a bounded load. */
    default int maxInFlight() {
        return 8;
    }

    /** A run stops (FAILED) after this many failed pages: the upstream API is down, not just flaky. */
    default int maxPageErrors() {
        return DEFAULT_MAX_PAGE_ERRORS;
    }

    /**
     * Puts one mismatch right, or on a dry run says what that would change while changing nothing. Should re-read
     * both sides first: the mismatch may be old.
     */
    default RepairResult repair(Mismatch mismatch, boolean dryRun) {
        return RepairResult.notRepairable(mismatch.key(), dryRun, "no repair for this reconciliation");
    }
}
