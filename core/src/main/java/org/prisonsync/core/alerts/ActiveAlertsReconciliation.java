package org.prisonsync.core.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationEngine;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;

/**
 * Alerts' reconciliation on the generic engine: each active prisoner's active alerts, NOMIS current booking against
 * DPS, by code with repeats. The mismatch's fields are upstream's ({@code offenderNo}, {@code bookingId} when NOMIS
 * has an active alert, {@code missingFromDps}, {@code missingFromNomis}) with each side's count, and each side's
 * sorted codes are its values. Which side is wrong cannot be told from codes alone, so there is no repair. The
 * scheduled job and the on-demand {@code alerts reconcile} ({@link #runNow}) are both runs of it.
 */
public final class ActiveAlertsReconciliation implements Reconciliation<String> {
    public static final String NAME = "alerts";
    static final String PREFIX = "alerts-reports-reconciliation";
    static final String OFFENDER_NO = "offenderNo";
    static final String BOOKING_ID = "bookingId";
    static final String NOMIS_COUNT = "nomisCount";
    static final String DPS_COUNT = "dpsCount";
    static final String MISSING_FROM_DPS = "missingFromDps";
    static final String MISSING_FROM_NOMIS = "missingFromNomis";
    /** A note is one short line; the codes in full are in the fields. */
    private static final int NOTE_LENGTH = 200;

    private final AlertPorts alerts;
    private final AlertsReconciliationSettings settings;

    public ActiveAlertsReconciliation(AlertPorts alerts, AlertsReconciliationSettings settings) {
        this.alerts = alerts;
        this.settings = settings;
    }

    /**
     * Runs the alerts reconciliation on {@code engine} to its end, as any run (stored, listed, excludable), and
     * answers in the shape {@code POST /reconciliation/alerts} has always answered, with the run's id added.
     */
    public static AlertsReconciliationReport runNow(ReconciliationEngine engine) {
        ReconciliationRun run = engine.run(NAME, ReconciliationParameters.none());
        return AlertsReconciliationReport.of(run, engine.mismatches(run.id()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String telemetryPrefix() {
        return PREFIX;
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
    public Population<String> population(ReconciliationParameters parameters) {
        ActivePrisoners active = alerts.activePrisoners();
        return Population.offsetPages(() -> active.page(0, 1).total(),
                (page, size) -> active.page(page, size).prisonerNumbers());
    }

    @Override
    public boolean itemsArePrisoners() {
        return true;
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
        List<String> missingFromDps = minus(nomisCodes, dpsCodes);
        List<String> missingFromNomis = minus(dpsCodes, nomisCodes);
        if (missingFromDps.isEmpty() && missingFromNomis.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(OFFENDER_NO, offenderNo);
        if (!nomis.isEmpty()) {
            fields.put(BOOKING_ID, Long.toString(nomis.get(0).id().bookingId()));
        }
        fields.put(NOMIS_COUNT, Integer.toString(nomisCodes.size()));
        fields.put(DPS_COUNT, Integer.toString(dpsCodes.size()));
        fields.put(MISSING_FROM_DPS, String.join(",", missingFromDps));
        fields.put(MISSING_FROM_NOMIS, String.join(",", missingFromNomis));
        return Optional.of(new Mismatch(offenderNo, fields, sortedCodes(nomisCodes), sortedCodes(dpsCodes),
                LikelySide.UNKNOWN, note(missingFromDps, missingFromNomis)));
    }

    /** The codes of {@code from} left after removing one occurrence per code of {@code other}, sorted. */
    static List<String> minus(List<String> from, List<String> other) {
        List<String> rest = new ArrayList<>(from);
        other.forEach(rest::remove);
        rest.sort(Comparator.naturalOrder());
        return rest;
    }

    private static String sortedCodes(List<String> codes) {
        return String.join(",", minus(codes, List.of()));
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
