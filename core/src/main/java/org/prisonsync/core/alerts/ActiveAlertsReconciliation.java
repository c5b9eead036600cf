package org.prisonsync.core.alerts;

import org.prisonsync.core.prisoners.ActivePrisoners;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;

/**
 * Alerts' reconciliation on the generic engine: each active prisoner's active alerts, NOMIS current booking against
 * DPS, by code with repeats, as {@link AlertsReconciliation} compares them. The mismatch carries the same fields
 * ({@code offenderNo}, {@code bookingId} when NOMIS has an active alert, the counts and the codes each side lacks)
 * and each side's sorted codes as its value. Which side is wrong cannot be told from codes alone.
 */
public final class ActiveAlertsReconciliation implements Reconciliation<String> {
    /** A note is one short line; the codes in full are in the fields. */
    private static final int NOTE_LENGTH = 200;

    private final AlertPorts alerts;
    private final AlertsReconciliationSettings settings;

    public ActiveAlertsReconciliation(AlertPorts alerts, AlertsReconciliationSettings settings) {
        this.alerts = alerts;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public String telemetryPrefix() {
        return AlertsReconciliation.PREFIX;
    }

    /** Upstream's ALERT_RECON schedule. */
    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of("45 4 * * *");
    }

    @Override
    public int pageSize() {
        return settings.pageSize();
    }

    @Override
    public int maxInFlight() {
        return settings.maxInFlight();
    }

    /** Upstream reads the total with a page of one, then pages through. */
    @Override
    public Population<String> population() {
        ActivePrisoners active = alerts.activePrisoners();
        return Population.offsetPages(() -> active.page(0, 1).total(),
                (page, size) -> active.page(page, size).prisonerNumbers());
    }

    @Override
    public String key(String offenderNo) {
        return offenderNo;
    }

    @Override
    public Optional<Mismatch> check(String offenderNo, ReconciliationParameters parameters) {
        List<NomisAlert> nomis = alerts.nomis().currentBookingAlerts(offenderNo).stream()
                .filter(NomisAlert::active).toList();
        List<String> nomisCodes = nomis.stream().map(NomisAlert::alertCode).toList();
        List<String> dpsCodes = alerts.dps().alertsOf(offenderNo).stream()
                .filter(DpsAlert::active).map(DpsAlert::alertCode).toList();
        List<String> missingFromDps = AlertsReconciliation.minus(nomisCodes, dpsCodes);
        List<String> missingFromNomis = AlertsReconciliation.minus(dpsCodes, nomisCodes);
        if (missingFromDps.isEmpty() && missingFromNomis.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", offenderNo);
        if (!nomis.isEmpty()) {
            fields.put("bookingId", Long.toString(nomis.get(0).id().bookingId()));
        }
        fields.put("nomisCount", Integer.toString(nomisCodes.size()));
        fields.put("dpsCount", Integer.toString(dpsCodes.size()));
        fields.put("missingFromDps", String.join(",", missingFromDps));
        fields.put("missingFromNomis", String.join(",", missingFromNomis));
        return Optional.of(new Mismatch(offenderNo, fields, sortedCodes(nomisCodes), sortedCodes(dpsCodes),
                LikelySide.UNKNOWN, note(missingFromDps, missingFromNomis)));
    }

    private static String sortedCodes(List<String> codes) {
        return String.join(",", AlertsReconciliation.minus(codes, List.of()));
    }

    private static String note(List<String> missingFromDps, List<String> missingFromNomis) {
        String note = describe(missingFromDps, missingFromNomis);
        return note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH - 3) + "...";
    }

    private static String describe(List<String> missingFromDps, List<String> missingFromNomis) {
        if (missingFromNomis.isEmpty()) {
            return "DPS lacks active alerts NOMIS has: " + String.join(",", missingFromDps);
        }
        if (missingFromDps.isEmpty()) {
            return "NOMIS lacks active alerts DPS has: " + String.join(",", missingFromNomis);
        }
        return "DPS lacks " + String.join(",", missingFromDps) + " and NOMIS lacks "
                + String.join(",", missingFromNomis);
    }
}
