package org.prisonsync.core.reconciliation.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.ReconciliationRuns;
import org.prisonsync.core.reconciliation.RunStatus;

/** Runs and their mismatches in maps under one lock. */
public final class InMemoryReconciliationRuns implements ReconciliationRuns {
    private static final Comparator<ReconciliationRun> NEWEST_FIRST = Comparator
            .comparing(ReconciliationRun::startedAt).thenComparing(ReconciliationRun::id).reversed();

    private final Map<String, ReconciliationRun> runs = new LinkedHashMap<>();
    private final Map<String, List<Mismatch>> mismatches = new HashMap<>();

    @Override
    public synchronized void start(ReconciliationRun run) {
        if (runs.containsKey(run.id())) {
            throw new IllegalStateException("reconciliation run id " + run.id() + " is taken");
        }
        runs.put(run.id(), run);
        mismatches.put(run.id(), new ArrayList<>());
    }

    @Override
    public synchronized void addMismatches(String runId, List<Mismatch> added) {
        List<Mismatch> list = mismatches.get(runId);
        if (list == null) {
            throw new IllegalStateException("no reconciliation run " + runId);
        }
        list.addAll(added);
    }

    @Override
    public synchronized boolean finish(ReconciliationRun ended) {
        ReconciliationRun current = runs.get(ended.id());
        if (current == null || current.status() != RunStatus.RUNNING || ended.status() == RunStatus.RUNNING) {
            return false;
        }
        runs.put(ended.id(), ended);
        return true;
    }

    @Override
    public synchronized Optional<ReconciliationRun> find(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized List<ReconciliationRun> latest(String name, int limit) {
        return runs.values().stream().filter(r -> r.name().equals(name)).sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public synchronized List<Mismatch> mismatches(String runId) {
        return List.copyOf(mismatches.getOrDefault(runId, List.of()));
    }

    @Override
    public synchronized Optional<Mismatch> mismatch(String runId, String key) {
        return mismatches.getOrDefault(runId, List.of()).stream().filter(m -> m.key().equals(key)).findFirst();
    }
}
