package org.prisonsync.core.alerts.inmemory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.alerts.AlertDuplicate;
import org.prisonsync.core.alerts.AlertDuplicates;

/** Reported duplicate DPS alerts in a map under one lock. */
public final class InMemoryAlertDuplicates implements AlertDuplicates {
    private final Map<String, AlertDuplicate> byDpsId = new LinkedHashMap<>();

    @Override
    public synchronized boolean record(AlertDuplicate duplicate) {
        return byDpsId.putIfAbsent(duplicate.dpsAlertId(), duplicate) == null;
    }

    @Override
    public synchronized Optional<AlertDuplicate> find(String dpsAlertId) {
        return Optional.ofNullable(byDpsId.get(dpsAlertId));
    }

    @Override
    public synchronized List<AlertDuplicate> findByPrisoner(String prisonerNumber) {
        return byDpsId.values().stream().filter(d -> d.prisonerNumber().equals(prisonerNumber)).toList();
    }

    @Override
    public synchronized boolean remove(String dpsAlertId) {
        return byDpsId.remove(dpsAlertId) != null;
    }
}
