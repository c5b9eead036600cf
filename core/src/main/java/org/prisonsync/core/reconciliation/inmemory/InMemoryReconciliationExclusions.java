package org.prisonsync.core.reconciliation.inmemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.prisonsync.core.reconciliation.Exclusion;
import org.prisonsync.core.reconciliation.ReconciliationExclusions;

/** Exclusions per reconciliation name, each list in key order. */
public final class InMemoryReconciliationExclusions implements ReconciliationExclusions {
    private final Map<String, TreeMap<String, Exclusion>> byName = new HashMap<>();

    @Override
    public synchronized boolean add(Exclusion exclusion) {
        return byName.computeIfAbsent(exclusion.reconciliation(), name -> new TreeMap<>())
                .put(exclusion.key(), exclusion) == null;
    }

    @Override
    public synchronized boolean remove(String reconciliation, String key) {
        TreeMap<String, Exclusion> keys = byName.get(reconciliation);
        return keys != null && keys.remove(key) != null;
    }

    @Override
    public synchronized List<Exclusion> list(String reconciliation) {
        return List.copyOf(byName.getOrDefault(reconciliation, new TreeMap<>()).values());
    }

    @Override
    public synchronized boolean contains(String reconciliation, String key) {
        TreeMap<String, Exclusion> keys = byName.get(reconciliation);
        return keys != null && keys.containsKey(key);
    }
}
