package org.prisonsync.core.adjustments.inmemory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.adjustments.AdjustmentsDpsApi;
import org.prisonsync.core.adjustments.LegacyAdjustment;

/** DPS adjustments in memory, as the adjustments API's legacy endpoints keep them (a uuid each). Also the simulator's. */
public final class InMemoryAdjustmentsDpsApi implements AdjustmentsDpsApi {
    private final Map<String, LegacyAdjustment> adjustments = new LinkedHashMap<>();

    @Override
    public synchronized Optional<LegacyAdjustment> find(String adjustmentId) {
        return Optional.ofNullable(adjustments.get(adjustmentId));
    }

    @Override
    public synchronized String create(LegacyAdjustment adjustment) {
        String id = UUID.randomUUID().toString();
        adjustments.put(id, adjustment);
        return id;
    }

    /** Creates or replaces one under a chosen id (DPS's own adjustments, planted state). */
    public synchronized void put(String adjustmentId, LegacyAdjustment adjustment) {
        adjustments.put(adjustmentId, adjustment);
    }

    @Override
    public synchronized boolean update(String adjustmentId, LegacyAdjustment adjustment) {
        if (!adjustments.containsKey(adjustmentId)) {
            return false;
        }
        adjustments.put(adjustmentId, adjustment);
        return true;
    }

    @Override
    public synchronized boolean delete(String adjustmentId) {
        return adjustments.remove(adjustmentId) != null;
    }

    @Override
    public synchronized List<String> adjustmentIds(String offenderNo) {
        return List.copyOf(of(offenderNo).keySet());
    }

    /** A prisoner's adjustments by id, in creation order. */
    public synchronized Map<String, LegacyAdjustment> of(String offenderNo) {
        Map<String, LegacyAdjustment> found = new LinkedHashMap<>();
        adjustments.forEach((id, a) -> {
            if (a.offenderNo().equals(offenderNo)) {
                found.put(id, a);
            }
        });
        return found;
    }

    public synchronized List<String> ids() {
        return List.copyOf(adjustments.keySet());
    }

    public synchronized int count() {
        return adjustments.size();
    }
}
