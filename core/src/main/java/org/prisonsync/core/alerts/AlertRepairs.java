package org.prisonsync.core.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The alert repairs, each with a dry run: resynchronise a prisoner's alerts from NOMIS into DPS (the ADR004 resync on
 * demand), from DPS into NOMIS (DPS authoritative, upstream's {@code POST /prisoners/{offenderNo}/alerts/resynchronise}
 * repair), and remove a double-submitted DPS alert (the runbook's "inform DPS to delete the duplicate alert"),
 * refusing to remove an alert that is mapped or that has no mapped twin.
 */
public final class AlertRepairs {
    static final String FROM_NOMIS = "alerts-resynchronise-from-nomis";
    static final String TO_NOMIS = "alerts-resynchronise-to-nomis";
    static final String REMOVE_DUPLICATE = "alert-remove-duplicate";

    private final AlertPorts alerts;
    private final MappingStore mappings;
    private final PrisonerAlertsResync resync;
    private final Telemetry telemetry;

    public AlertRepairs(AlertPorts alerts, MappingStore mappings, Telemetry telemetry) {
        this.alerts = alerts;
        this.mappings = mappings;
        this.resync = new PrisonerAlertsResync(alerts.nomis(), alerts.dps(), mappings, alerts.prisonerMappings());
        this.telemetry = telemetry;
    }

    /** Makes DPS hold exactly NOMIS's current-booking alerts for the prisoner, and the mappings match. */
    public RepairReport resynchroniseFromNomis(String offenderNo, boolean dryRun) {
        PrisonerAlerts state = resync.read(offenderNo, false);
        if (state.inStep()) {
            return RepairReport.nothingToDo(FROM_NOMIS, dryRun, "DPS already holds the " + state.nomis().size()
                    + " alerts of " + offenderNo + "'s current NOMIS booking");
        }
        List<String> actions = List.of(
                "replace the " + state.dps().size() + " DPS alerts of " + offenderNo + " [" + dpsCodes(state.dps())
                        + "] with the " + state.nomis().size() + " alerts of the current NOMIS booking ["
                        + PrisonerAlerts.codes(state.nomis()) + "]",
                "replace the " + state.mappings().size() + " alert mappings of " + offenderNo + " with "
                        + state.nomis().size() + " " + MappingTypes.NOMIS_CREATED + " mappings");
        if (dryRun) {
            return RepairReport.of(FROM_NOMIS, true, actions, offenderNo);
        }
        ResyncResult result = resync.resync(List.of(offenderNo), List.of());
        if (result.refused()) {
            return RepairReport.refused(FROM_NOMIS, false, result.conflict());
        }
        telemetry.track("from-nomis-synch-alerts-resynchronisation-repair", Map.of("offenderNo", offenderNo,
                "alertsCount", result.counts()));
        return RepairReport.of(FROM_NOMIS, false, actions, offenderNo);
    }

    /** Makes NOMIS's current booking hold exactly the prisoner's DPS alerts, and the mappings match. */
    public RepairReport resynchroniseToNomis(String offenderNo, boolean dryRun) {
        PrisonerAlerts state = resync.read(offenderNo, false);
        if (state.inStep()) {
            return RepairReport.nothingToDo(TO_NOMIS, dryRun, "NOMIS already holds the " + state.dps().size()
                    + " DPS alerts of " + offenderNo);
        }
        List<String> actions = List.of(
                "replace the " + state.nomis().size() + " alerts of " + offenderNo + "'s current NOMIS booking ["
                        + PrisonerAlerts.codes(state.nomis()) + "] with the " + state.dps().size()
                        + " DPS alerts [" + dpsCodes(state.dps()) + "]",
                "replace the " + state.mappings().size() + " alert mappings of " + offenderNo + " with "
                        + state.dps().size() + " " + MappingTypes.DPS_CREATED + " mappings");
        if (dryRun) {
            return RepairReport.of(TO_NOMIS, true, actions, offenderNo);
        }
        List<NomisAlertId> ids;
        try {
            ids = alerts.nomis().resynchronise(offenderNo,
                    state.dps().stream().map(AlertTranslation::toNomisCreate).toList());
        } catch (UpstreamRejected e) {
            if (e.status() == 404) {
                return RepairReport.notFound(TO_NOMIS, false, "NOMIS has no booking for " + offenderNo);
            }
            throw e;
        }
        List<Mapping> replacement = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            replacement.add(Mapping.of(AlertsSync.ENTITY_TYPE, ids.get(i).key(), state.dps().get(i).alertUuid(),
                    offenderNo, MappingTypes.DPS_CREATED));
        }
        MappingReplacement replaced = alerts.prisonerMappings().replace(AlertsSync.ENTITY_TYPE, Set.of(offenderNo),
                replacement);
        if (replaced instanceof MappingReplacement.Conflict conflict) {
            return RepairReport.refused(TO_NOMIS, false, "NOMIS was resynchronised but the mappings could not be"
                    + " replaced: " + conflict.duplicate() + " collides with " + conflict.existing());
        }
        telemetry.track("to-nomis-synch-alerts-resynchronisation-repair", Map.of("offenderNo", offenderNo,
                "alertsCount", Integer.toString(ids.size())));
        return RepairReport.of(TO_NOMIS, false, actions, offenderNo);
    }

    /** Deletes a double-submitted DPS alert: unmapped, with a mapped active DPS alert of the same code beside it. */
    public RepairReport removeDuplicate(String dpsAlertId, boolean dryRun) {
        Optional<DpsAlert> found = alerts.dps().findAlert(dpsAlertId);
        if (found.isEmpty()) {
            if (alerts.duplicates().find(dpsAlertId).isPresent()) {
                if (!dryRun) {
                    alerts.duplicates().remove(dpsAlertId);
                }
                return RepairReport.nothingToDo(REMOVE_DUPLICATE, dryRun, "DPS alert " + dpsAlertId
                        + " is already deleted" + (dryRun ? "" : "; its duplicate report is cleared"));
            }
            return RepairReport.notFound(REMOVE_DUPLICATE, dryRun, "DPS has no alert " + dpsAlertId);
        }
        DpsAlert alert = found.get();
        Optional<Mapping> mapped = mappings.findByDpsId(AlertsSync.ENTITY_TYPE, dpsAlertId);
        if (mapped.isPresent()) {
            return RepairReport.refused(REMOVE_DUPLICATE, dryRun, "DPS alert " + dpsAlertId
                    + " is the mapped alert of NOMIS alert " + mapped.get().nomisId() + "; remove the duplicate");
        }
        Optional<Mapping> twin = alerts.dps().alertsOf(alert.prisonNumber()).stream()
                .filter(d -> !d.alertUuid().equals(dpsAlertId) && d.active() && d.alertCode().equals(alert.alertCode()))
                .map(d -> mappings.findByDpsId(AlertsSync.ENTITY_TYPE, d.alertUuid()))
                .flatMap(Optional::stream)
                .findFirst();
        if (twin.isEmpty()) {
            return RepairReport.refused(REMOVE_DUPLICATE, dryRun, "DPS alert " + dpsAlertId + " is not a duplicate: "
                    + alert.prisonNumber() + " has no other mapped active " + alert.alertCode() + " alert");
        }
        String action = "delete DPS alert " + dpsAlertId + " (" + alert.alertCode() + ") of " + alert.prisonNumber()
                + ", a duplicate of DPS alert " + twin.get().dpsId() + " mapped to NOMIS alert "
                + twin.get().nomisId();
        if (!dryRun) {
            alerts.dps().deleteAlert(dpsAlertId, null);
            alerts.duplicates().remove(dpsAlertId);
            telemetry.track("alert-duplicate-removed-repair", Map.of("offenderNo", alert.prisonNumber(),
                    "duplicateDpsId", dpsAlertId, "existingDpsId", twin.get().dpsId(), "alertCode",
                    alert.alertCode()));
        }
        return RepairReport.of(REMOVE_DUPLICATE, dryRun, List.of(action), "duplicate DPS alert " + dpsAlertId);
    }

    /** The duplicates reported for a prisoner and not yet removed. */
    public List<AlertDuplicate> duplicates(String prisonerNumber) {
        return alerts.duplicates().findByPrisoner(prisonerNumber);
    }

    private static String dpsCodes(List<DpsAlert> alerts) {
        return alerts.stream().map(DpsAlert::alertCode).sorted().collect(Collectors.joining(","));
    }
}
