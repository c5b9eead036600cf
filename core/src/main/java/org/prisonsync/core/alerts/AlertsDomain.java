package org.prisonsync.core.alerts;

import java.util.List;
import org.prisonsync.core.kit.Direction;
import org.prisonsync.core.kit.DomainDeclaration;
import org.prisonsync.core.kit.DomainKit;
import org.prisonsync.core.kit.QueueSpec;
import org.prisonsync.core.kit.SharedPorts;
import org.prisonsync.core.kit.SyncDomain;
import org.prisonsync.core.notify.NotifyRule;

/**
 * Alerts as a plug-in, two-way: DPS {@code person.alert.*} events to NOMIS, NOMIS {@code ALERT-*} and the
 * prisoner-level events (merge, booking moved, received) to DPS; the repairs and the reconciliation of active
 * alerts, run by the engine daily and on demand ({@link ActiveAlertsReconciliation}).
 */
public final class AlertsDomain implements SyncDomain {
    public static final QueueSpec TO_NOMIS = QueueSpec.of("alertstonomis", "prison-sync-to-nomis-alerts",
            Direction.TO_NOMIS);
    public static final QueueSpec FROM_NOMIS = QueueSpec.of("alertsfromnomis", "prison-sync-from-nomis-alerts",
            Direction.FROM_NOMIS);

    private final AlertPorts alerts;
    private AlertRepairs repairs;

    public AlertsDomain(AlertPorts alerts) {
        this.alerts = alerts;
    }

    /**
     * What this domain registers (mapped entity types, reconciliations), readable without building it: the CLI
     * lists them from here, and the kit refuses a registration it does not name.
     */
    public static final DomainDeclaration DECLARATION = DomainDeclaration.of(AlertsSync.DOMAIN).maps(AlertsSync.ENTITY_TYPE)
            .reconciles(ActiveAlertsReconciliation.NAME);

    @Override
    public DomainDeclaration declaration() {
        return DECLARATION;
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
        kit.notifyOn(new NotifyRule(AlertCreatedHandler.DUPLICATE_ACTIVE, "a second active alert of one code in DPS",
                "prison-sync alerts duplicates --prisoner {offenderNo}"));
        kit.reconciliation(new ActiveAlertsReconciliation(alerts, AlertsReconciliationSettings.DEFAULTS));
    }

    /** Resync a prisoner either way, remove a double-submitted DPS alert. */
    public AlertRepairs repairs() {
        return installed(repairs);
    }

    private <T> T installed(T part) {
        if (part == null) {
            throw new IllegalStateException("the alerts domain is not installed in a core yet");
        }
        return part;
    }
}
