package org.prisonsync.core.alerts;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;

/**
 * Alerts as a plug-in, two-way: DPS {@code person.alert.*} events to NOMIS, NOMIS {@code ALERT-*} and the
 * prisoner-level events (merge, booking moved, received) to DPS; the repairs and the daily reconciliation.
 */
public final class AlertsDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("alertstonomis", "prison-sync-to-nomis-alerts",
            Direction.TO_NOMIS);
    public static final QueueSpec FROM_NOMIS = QueueSpec.of("alertsfromnomis", "prison-sync-from-nomis-alerts",
            Direction.FROM_NOMIS);

    private final AlertPorts alerts;
    private AlertRepairs repairs;
    private AlertsReconciliation reconciliation;

    public AlertsDomain(AlertPorts alerts) {
        this.alerts = alerts;
    }

    @Override
    public String name() {
        return AlertsSync.DOMAIN;
    }

    @Override
    public List<QueueSpec> queues() {
        return List.of(TO_NOMIS, FROM_NOMIS);
    }

    @Override
    public void install(DomainKit kit) {
        SharedPorts shared = kit.shared();
        new AlertsSync(alerts, shared.mappings(), shared.claims(), shared.queue(), shared.clock(), kit.settings())
                .register(kit);
        repairs = new AlertRepairs(alerts, shared.mappings(), shared.telemetry());
        reconciliation = new AlertsReconciliation(alerts, shared.telemetry(), reconciliationPool(),
                AlertsReconciliationSettings.DEFAULTS);
        // the scheduled (and persisted) reconciliation runs on the engine; the synchronous report above stays for
        // the on-demand endpoint until it moves onto the engine's runs too
        kit.reconciliation(new ActiveAlertsReconciliation(alerts, AlertsReconciliationSettings.DEFAULTS));
    }

    /** Bounded concurrency for the reconciliation: daemon threads, so an embedding program can exit without closing. */
    private static ExecutorService reconciliationPool() {
        return Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "alerts-reconciliation");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Resync a prisoner either way, remove a double-submitted DPS alert. */
    public AlertRepairs repairs() {
        return installed(repairs);
    }

    /** Active alerts per prisoner, NOMIS vs DPS. */
    public AlertsReconciliation reconciliation() {
        return installed(reconciliation);
    }

    private <T> T installed(T part) {
        if (part == null) {
            throw new IllegalStateException("the alerts domain is not installed in a core yet");
        }
        return part;
    }
}
