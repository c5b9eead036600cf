package org.prisonsync.core.contacts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;

/**
 * What the two per-prisoner contacts reconciliations share: the active prisoners as population, upstream's
 * {@code <name>-reconciliation} event names, the {@code dryRun} parameter, the prisoner as key, a daily schedule, and
 * a mismatch repaired by resynchronising the prisoner from NOMIS. Each subclass says only how it compares.
 */
abstract class ActivePrisonerContactsReconciliation implements Reconciliation<ActivePrisoner> {
    private final String name;
    private final String schedule;
    private final ActivePrisoners prisoners;
    protected final ContactPorts ports;
    private final ContactsRepairs repairs;

    ActivePrisonerContactsReconciliation(String name, String schedule, ActivePrisoners prisoners, ContactPorts ports,
                                         ContactsRepairs repairs) {
        this.name = name;
        this.schedule = schedule;
        this.prisoners = prisoners;
        this.ports = ports;
        this.repairs = repairs;
    }

    @Override
    public String name() {
        return name;
    }

    /** Upstream's event names ({@code <name>-reconciliation-…}), which dashboards read. */
    @Override
    public String telemetryPrefix() {
        return name + "-reconciliation";
    }

    @Override
    public Population<ActivePrisoner> population(ReconciliationParameters parameters) {
        return prisoners.population();
    }

    @Override
    public Set<String> parameterNames() {
        return Set.of(ReconciliationParameters.DRY_RUN);
    }

    @Override
    public ReconciliationParameters withDefaults(ReconciliationParameters given, Clock clock) {
        return given.withDryRunDefault();
    }

    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        return ContactsReconciliationReport.repairFromNomis(repairs, mismatch.key(), dryRun);
    }

    @Override
    public String key(ActivePrisoner prisoner) {
        return prisoner.offenderNo();
    }

    @Override
    public boolean itemsArePrisoners() {
        return true;
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of(schedule);
    }
}
