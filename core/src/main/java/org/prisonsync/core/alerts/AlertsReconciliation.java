package org.prisonsync.core.alerts;

import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.prisoners.ActivePrisonersPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.prisonsync.core.PrisonSyncException;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * Compares each active prisoner's active alerts, NOMIS current booking against DPS, by code (with repeats). Pages
 * through {@link ActivePrisoners}, checks prisoners on the executor with at most {@code maxInFlight} at once, tracks
 * {@code alerts-reports-reconciliation-mismatch} per mismatching prisoner and one
 * {@code alerts-reports-reconciliation-report}. A failing page or prisoner is reported and skipped, not fatal.
 */
public final class AlertsReconciliation {
    static final String PREFIX = "alerts-reports-reconciliation";
    private static final int REPORTED_OFFENDERS = 50;

    private final AlertPorts alerts;
    private final Telemetry telemetry;
    private final Executor executor;
    private final AlertsReconciliationSettings settings;

    public AlertsReconciliation(AlertPorts alerts, Telemetry telemetry, Executor executor,
                                AlertsReconciliationSettings settings) {
        this.alerts = alerts;
        this.telemetry = telemetry;
        this.executor = executor;
        this.settings = settings;
    }

    public AlertsReconciliationReport run() {
        Queue<AlertsMismatch> mismatches = new ConcurrentLinkedQueue<>();
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger prisonerErrors = new AtomicInteger();
        Semaphore inFlight = new Semaphore(settings.maxInFlight());
        List<CompletableFuture<Void>> checks = new ArrayList<>();
        int pages = 0;
        int pageErrors = 0;
        long total = -1;
        for (int page = 0; total < 0 || (long) page * settings.pageSize() < total; page++) {
            ActivePrisonersPage prisoners;
            try {
                prisoners = alerts.activePrisoners().page(page, settings.pageSize());
            } catch (RuntimeException e) {
                pageErrors++;
                telemetry.track(PREFIX + "-mismatch-page-error", Map.of("page", Integer.toString(page),
                        "reason", String.valueOf(e.getMessage())));
                if (total < 0) {
                    break;
                }
                continue;
            }
            if (total < 0) {
                total = prisoners.total();
                telemetry.track(PREFIX + "-requested", Map.of("active-prisoners", Long.toString(total)));
            }
            if (prisoners.prisonerNumbers().isEmpty()) {
                break;
            }
            pages++;
            for (String offenderNo : prisoners.prisonerNumbers()) {
                acquire(inFlight);
                checks.add(submit(offenderNo, inFlight, mismatches, checked, prisonerErrors));
            }
        }
        CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).join();
        List<AlertsMismatch> sorted = mismatches.stream()
                .sorted(Comparator.comparing(AlertsMismatch::offenderNo)).toList();
        AlertsReconciliationReport report = new AlertsReconciliationReport(Math.max(total, 0), checked.get(), pages,
                pageErrors, prisonerErrors.get(), sorted);
        trackReport(report);
        return report;
    }

    private CompletableFuture<Void> submit(String offenderNo, Semaphore inFlight, Queue<AlertsMismatch> mismatches,
                                           AtomicInteger checked, AtomicInteger errors) {
        Runnable check = () -> {
            try {
                check(offenderNo).ifPresent(mismatches::add);
                checked.incrementAndGet();
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                telemetry.track(PREFIX + "-mismatch-error", Map.of("offenderNo", offenderNo,
                        "reason", String.valueOf(e.getMessage())));
            } finally {
                inFlight.release();
            }
        };
        try {
            return CompletableFuture.runAsync(check, executor);
        } catch (RuntimeException rejected) {
            inFlight.release();
            errors.incrementAndGet();
            telemetry.track(PREFIX + "-mismatch-error", Map.of("offenderNo", offenderNo,
                    "reason", "not checked: " + rejected.getMessage()));
            return CompletableFuture.completedFuture(null);
        }
    }

    private Optional<AlertsMismatch> check(String offenderNo) {
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
        Long bookingId = nomis.isEmpty() ? null : nomis.get(0).id().bookingId();
        AlertsMismatch mismatch = new AlertsMismatch(offenderNo, bookingId, nomisCodes.size(), dpsCodes.size(),
                missingFromDps, missingFromNomis);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offenderNo", offenderNo);
        props.put("bookingId", bookingId == null ? null : bookingId.toString());
        props.put("nomisCount", Integer.toString(mismatch.nomisCount()));
        props.put("dpsCount", Integer.toString(mismatch.dpsCount()));
        props.put("missingFromDps", String.join(",", missingFromDps));
        props.put("missingFromNomis", String.join(",", missingFromNomis));
        telemetry.track(PREFIX + "-mismatch", props);
        return Optional.of(mismatch);
    }

    /** The codes of {@code from} left after removing one occurrence per code of {@code other}, sorted. */
    static List<String> minus(List<String> from, List<String> other) {
        List<String> rest = new ArrayList<>(from);
        other.forEach(rest::remove);
        rest.sort(Comparator.naturalOrder());
        return rest;
    }

    private void trackReport(AlertsReconciliationReport report) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("mismatch-count", Integer.toString(report.mismatches().size()));
        props.put("prisoners-count", Integer.toString(report.prisonersChecked()));
        props.put("pages-count", Integer.toString(report.pagesChecked()));
        props.put("page-errors", Integer.toString(report.pageErrors()));
        props.put("prisoner-errors", Integer.toString(report.prisonerErrors()));
        props.put("success", Boolean.toString(report.complete()));
        props.put("mismatches", String.join(",", report.mismatches().stream().limit(REPORTED_OFFENDERS)
                .map(AlertsMismatch::offenderNo).toList()));
        telemetry.track(PREFIX + "-report", props);
    }

    private static void acquire(Semaphore permits) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrisonSyncException("alerts reconciliation interrupted", e);
        }
    }
}
