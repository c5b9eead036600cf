package org.prisonsync.core.reconciliation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reads of stored runs and exclusions, for reconciliations known by name only: listing a reconciliation's runs,
 * reading one run with its mismatches, listing its exclusions. The engine answers these through one of these over its
 * reconciliations' names; a runner may make one from the domains' declared names and the two stores alone, so a
 * read-only command needs no domain built. An unknown name or run throws {@link ReconciliationNotFoundException}.
 */
public final class ReconciliationReads {
    private final Set<String> names;
    private final ReconciliationRuns runs;
    private final ReconciliationExclusions exclusions;

    public ReconciliationReads(Collection<String> names, ReconciliationRuns runs,
                               ReconciliationExclusions exclusions) {
        this.names = Set.copyOf(names);
        this.runs = runs;
        this.exclusions = exclusions;
    }

    /** The newest {@code limit} runs of a reconciliation (1 to 100), newest first. */
    public List<ReconciliationRun> runs(String name, int limit) {
        requireKnown(name);
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be 1 to 100: " + limit);
        }
        return runs.latest(name, limit);
    }

    public Optional<ReconciliationRun> find(String runId) {
        return validRunId(runId) ? runs.find(runId) : Optional.empty();
    }

    public List<Mismatch> mismatches(String runId) {
        return runs.mismatches(existingRun(runId).id());
    }

    public List<Exclusion> exclusions(String name) {
        requireKnown(name);
        return exclusions.list(name);
    }

    /** Throws {@link ReconciliationNotFoundException} unless a reconciliation is called {@code name}. */
    void requireKnown(String name) {
        if (name == null || !names.contains(name)) {
            throw ReconciliationNotFoundException.noReconciliation(name);
        }
    }

    ReconciliationRun existingRun(String runId) {
        return find(runId).orElseThrow(() -> ReconciliationNotFoundException.noRun(runId));
    }

    private static boolean validRunId(String runId) {
        try {
            return runId != null && UUID.fromString(runId).toString().equals(runId);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
