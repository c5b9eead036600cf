package org.prisonsync.core.reconciliation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prisonsync.core.PrisonSyncException;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Runs the declared reconciliations, on demand or from a schedule, and answers for their runs, mismatches,
 * exclusions and repairs. Names no domain: it knows only the {@link Reconciliation}s it was given. An unknown name,
 * run or key throws {@link ReconciliationNotFoundException}; invalid parameters {@link IllegalArgumentException}.
 */
public final class ReconciliationEngine {
    /** Dated runs default to yesterday in the prisons' time zone, as upstream's nightly batch does. */
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Map<String, Reconciliation<?>> byName;
    private final ReconciliationRuns runs;
    private final ReconciliationExclusions exclusions;
    private final Telemetry telemetry;
    private final Clock clock;
    private final ExecutorService executor;
    private final ReconciliationReads reads;

    public ReconciliationEngine(List<Reconciliation<?>> reconciliations, ReconciliationRuns runs,
                                ReconciliationExclusions exclusions, Telemetry telemetry, Clock clock,
                                ExecutorService executor) {
        Map<String, Reconciliation<?>> named = new LinkedHashMap<>();
        for (Reconciliation<?> reconciliation : reconciliations) {
            String name = Limits.name(reconciliation.name());
            if (reconciliation.pageSize() < 1 || reconciliation.maxInFlight() < 1
                    || reconciliation.maxPageErrors() < 1) {
                throw new IllegalArgumentException(name + ": pageSize, maxInFlight and maxPageErrors must be >= 1");
            }
            if (named.putIfAbsent(name, reconciliation) != null) {
                throw new IllegalArgumentException("two reconciliations are called " + name);
            }
        }
        this.byName = Map.copyOf(named);
        this.runs = runs;
        this.exclusions = exclusions;
        this.telemetry = telemetry;
        this.clock = clock;
        this.executor = executor;
        this.reads = new ReconciliationReads(byName.keySet(), runs, exclusions);
    }

    /** The reads of stored runs and exclusions, by the declared reconciliations' names. */
    public ReconciliationReads reads() {
        return reads;
    }

    /** The declared reconciliations, for listing and scheduling. */
    public List<Reconciliation<?>> reconciliations() {
        return byName.values().stream().sorted(Comparator.comparing(Reconciliation::name)).toList();
    }

    /** Runs a reconciliation to its end on the executor, waiting for it; returns the ended, stored run. */
    public ReconciliationRun run(String name, ReconciliationParameters parameters) {
        try {
            return prepare(name, parameters).start().join();
        } catch (CompletionException e) {
            throw new PrisonSyncException(name + " reconciliation broke", e.getCause());
        }
    }

    /** Stores a new RUNNING run and returns its id at once; the run goes on in the background. */
    public String start(String name, ReconciliationParameters parameters) {
        RunDriver<?> driver = prepare(name, parameters);
        try {
            executor.execute(driver::start);
        } catch (RejectedExecutionException e) {
            driver.abandon(e);
            throw new PrisonSyncException(name + " reconciliation could not be started: the service is stopping", e);
        }
        return driver.runId();
    }

    /** The newest {@code limit} runs of a reconciliation (1 to 100), newest first. */
    public List<ReconciliationRun> runs(String name, int limit) {
        return reads.runs(name, limit);
    }

    public Optional<ReconciliationRun> find(String runId) {
        return reads.find(runId);
    }

    public List<Mismatch> mismatches(String runId) {
        return reads.mismatches(runId);
    }

    /** Repairs the mismatch of {@code key} in a run; a dry run changes nothing and says what it would do. */
    public RepairResult repair(String runId, String key, boolean dryRun) {
        ReconciliationRun run = existingRun(runId);
        Mismatch mismatch = runs.mismatch(run.id(), key).orElseThrow(() -> new ReconciliationNotFoundException(
                "run " + runId + " reported no mismatch for '" + key + "'"));
        return new MismatchRepair(reconciliation(run.name()), run, telemetry).repair(mismatch, dryRun);
    }

    /** Repairs each key a run reported, one after the other; one failing repair does not stop the rest. */
    public List<RepairResult> repairAll(String runId, boolean dryRun) {
        ReconciliationRun run = existingRun(runId);
        MismatchRepair repair = new MismatchRepair(reconciliation(run.name()), run, telemetry);
        Map<String, Mismatch> firstPerKey = runs.mismatches(run.id()).stream()
                .collect(Collectors.toMap(Mismatch::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<RepairResult> results = new ArrayList<>();
        for (Mismatch mismatch : firstPerKey.values()) {
            results.add(repair.repair(mismatch, dryRun));
        }
        return results;
    }

    public Exclusion exclude(String name, String key, String reason) {
        reconciliation(name);
        Exclusion exclusion = new Exclusion(name, key, reason, clock.instant());
        exclusions.add(exclusion);
        return exclusion;
    }

    /** Whether the key was excluded. */
    public boolean removeExclusion(String name, String key) {
        reconciliation(name);
        return exclusions.remove(name, key);
    }

    public List<Exclusion> exclusions(String name) {
        return reads.exclusions(name);
    }

    private <T> RunDriver<T> prepare(String name, ReconciliationParameters requested) {
        @SuppressWarnings("unchecked")
        Reconciliation<T> reconciliation = (Reconciliation<T>) reconciliation(name);
        ReconciliationParameters parameters = checked(reconciliation, requested);
        Map<String, Exclusion> excluded = exclusions.list(name).stream()
                .collect(Collectors.toMap(Exclusion::key, Function.identity()));
        ReconciliationRun run = ReconciliationRun.started(UUID.randomUUID().toString(), name, parameters,
                clock.instant());
        runs.start(run);
        return new RunDriver<>(reconciliation, parameters, run, excluded, runs,
                new RunEvents(reconciliation, run.id(), telemetry), executor, clock);
    }

    /**
     * Only {@code date} for a dated reconciliation (where it defaults to yesterday) and the parameters the
     * reconciliation declares, which it fills in itself.
     */
    private ReconciliationParameters checked(Reconciliation<?> reconciliation, ReconciliationParameters requested) {
        ReconciliationParameters parameters = requested == null ? ReconciliationParameters.none() : requested;
        Set<String> unknown = new LinkedHashSet<>(parameters.values().keySet());
        if (reconciliation.dated()) {
            unknown.remove(ReconciliationParameters.DATE);
        }
        unknown.removeAll(reconciliation.parameterNames());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(reconciliation.name() + " reconciliation takes no parameter "
                    + String.join(", ", unknown));
        }
        if (reconciliation.dated() && parameters.date().isEmpty()) {
            parameters = ReconciliationParameters.onDate(LocalDate.now(clock.withZone(LONDON)).minusDays(1));
        }
        return reconciliation.withDefaults(parameters, clock.withZone(LONDON));
    }

    private Reconciliation<?> reconciliation(String name) {
        Reconciliation<?> reconciliation = name == null ? null : byName.get(name);
        if (reconciliation == null) {
            throw ReconciliationNotFoundException.noReconciliation(name);
        }
        return reconciliation;
    }

    private ReconciliationRun existingRun(String runId) {
        return reads.existingRun(runId);
    }
}
