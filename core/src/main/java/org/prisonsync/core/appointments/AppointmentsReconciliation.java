package org.prisonsync.core.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * Upstream's appointments reconciliation with seed 000's procedures automated, per prison with appointments rolled
 * out ({@code GET /rollout?prisonsLive=true}) over a range of days ({@code from}, {@code to}; by default yesterday
 * to 28 days ahead). Each NOMIS appointment NOMIS lists ({@code GET /appointments/ids}) is checked by its mapping:
 * unmapped and sharing booking, location, start and subtype with a mapped one is a {@link
 * AppointmentVerdict#NOMIS_DUPLICATE} (the repair deletes it), otherwise {@link AppointmentVerdict#NOMIS_ONLY};
 * mapped, its fields are compared with the DPS instance ({@link AppointmentVerdict#DIFFERENT}). Each DPS attendee
 * the DPS search finds whose mapped appointment NOMIS did not list is {@link AppointmentVerdict#DPS_ONLY}. Keys are
 * {@code nomis-<eventId>} and {@code dps-<instanceId>}: the exclusion lists (kept by the engine, in the database)
 * take either, replacing upstream's hard-coded sets. DPS owns appointments, so NOMIS is the side likely wrong.
 */
public final class AppointmentsReconciliation implements Reconciliation<AppointmentItem> {
    public static final String NAME = "appointments";
    /** Upstream's APPOINTMENT_RECON schedule. */
    public static final String SCHEDULE = "5 0 * * *";
    static final int ID_PAGE = 500;
    private static final int MAX_ID_PAGES = 1_000;

    private final AppointmentsNomisApi nomis;
    private final AppointmentsDpsApi dps;
    private final MappingStore mappings;
    private final AppointmentLocations locations;
    private final AppointmentRepairs repairs;
    private final AppointmentsReconciliationSettings settings;

    AppointmentsReconciliation(AppointmentsNomisApi nomis, AppointmentsDpsApi dps, MappingStore mappings,
                               AppointmentLocations locations, AppointmentRepairs repairs,
                               AppointmentsReconciliationSettings settings) {
        this.nomis = nomis;
        this.dps = dps;
        this.mappings = mappings;
        this.locations = locations;
        this.repairs = repairs;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> parameterNames() {
        return Set.of(ReconciliationParameters.FROM, ReconciliationParameters.TO);
    }

    @Override
    public ReconciliationParameters withDefaults(ReconciliationParameters given, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = given.date(ReconciliationParameters.FROM).orElse(today.minusDays(settings.daysBefore()));
        LocalDate to = given.date(ReconciliationParameters.TO).orElse(today.plusDays(settings.daysAhead()));
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= AppointmentsReconciliationSettings.MAX_DAYS) {
            throw new IllegalArgumentException("from " + from + " to " + to + " is more than "
                    + AppointmentsReconciliationSettings.MAX_DAYS + " days");
        }
        return given.with(ReconciliationParameters.FROM, from.toString())
                .with(ReconciliationParameters.TO, to.toString());
    }

    @Override
    public Optional<String> defaultSchedule() {
        return Optional.of(SCHEDULE);
    }

    @Override
    public int maxInFlight() {
        return settings.maxInFlight();
    }

    @Override
    public Population<AppointmentItem> population(ReconciliationParameters parameters) {
        LocalDate from = parameters.date(ReconciliationParameters.FROM).orElseThrow();
        LocalDate to = parameters.date(ReconciliationParameters.TO).orElseThrow();
        return Population.perGroup(dps::appointmentPrisons, prison -> items(prison, from, to),
                prison -> "prison " + prison);
    }

    /**
     * A prison's NOMIS appointments in the range, then its DPS attendees (deleted ones left out). DPS is searched
     * first: its search is the only read that says whether an instance is cancelled, and each NOMIS appointment is
     * compared with that too.
     */
    private List<AppointmentItem> items(String prison, LocalDate from, LocalDate to) {
        List<DpsAppointmentAttendee> attendees = dps.search(prison, from, to).stream()
                .filter(a -> !a.deleted()).toList();
        Map<Long, Boolean> cancelled = new HashMap<>();
        attendees.forEach(a -> cancelled.put(a.appointmentInstanceId(), a.cancelled()));
        Map<Long, Boolean> dpsCancelled = Map.copyOf(cancelled);
        List<AppointmentItem> items = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (int page = 0; page < MAX_ID_PAGES; page++) {
            List<Long> ids = nomis.eventIds(prison, from, to, page, ID_PAGE);
            for (Long id : ids) {
                if (listed.add(id)) {
                    items.add(new AppointmentItem.NomisEvent(prison, id, dpsCancelled));
                }
            }
            if (ids.size() < ID_PAGE) {
                break;
            }
        }
        Set<Long> nomisIds = Set.copyOf(listed);
        for (DpsAppointmentAttendee attendee : attendees) {
            items.add(new AppointmentItem.DpsInstance(prison, attendee, nomisIds));
        }
        return items;
    }

    @Override
    public String key(AppointmentItem item) {
        return item.key();
    }

    @Override
    public Optional<Mismatch> check(AppointmentItem item, ReconciliationParameters parameters) {
        if (item instanceof AppointmentItem.NomisEvent event) {
            return checkNomis(event);
        }
        return checkDps((AppointmentItem.DpsInstance) item);
    }

    private Optional<Mismatch> checkNomis(AppointmentItem.NomisEvent item) {
        Optional<NomisAppointment> found = nomis.find(item.eventId());
        if (found.isEmpty()) {
            return Optional.empty(); // deleted since NOMIS listed it: nothing left to compare
        }
        NomisAppointment appointment = found.get();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("prison", item.prison());
        fields.put("nomisEventId", Long.toString(item.eventId()));
        fields.put("offenderNo", String.valueOf(appointment.offenderNo()));
        fields.put("bookingId", Long.toString(appointment.bookingId()));
        fields.put("start", appointment.startDateTime().toString());
        fields.put("subtype", appointment.subtype());
        String nomisSays = appointment.subtype() + " " + appointment.startDateTime() + " at "
                + (appointment.internalLocation() == null ? "cell" : appointment.internalLocation());
        Optional<Mapping> mapping = mappings.findByNomisId(AppointmentsSync.ENTITY_TYPE,
                Long.toString(item.eventId()));
        if (mapping.isEmpty()) {
            Optional<Mapping> original = repairs.duplicated(appointment);
            if (original.isPresent()) {
                fields.put("duplicateOfNomisEventId", original.get().nomisId());
                fields.put("appointmentInstanceId", original.get().dpsId());
                return mismatch(item, AppointmentVerdict.NOMIS_DUPLICATE, fields, nomisSays, null,
                        "NOMIS appointment " + item.eventId() + " is an unmapped copy of NOMIS appointment "
                                + original.get().nomisId() + " (DPS instance " + original.get().dpsId()
                                + "): repair deletes it");
            }
            return mismatch(item, AppointmentVerdict.NOMIS_ONLY, fields, nomisSays, null,
                    "NOMIS appointment " + item.eventId() + " has no mapping (made in NOMIS?): check DPS for a"
                            + " similar appointment, then exclude it");
        }
        String dpsId = mapping.get().dpsId();
        fields.put("appointmentInstanceId", dpsId);
        Optional<AppointmentInstance> instance = dps.findInstance(Long.parseLong(dpsId));
        if (instance.isEmpty()) {
            return mismatch(item, AppointmentVerdict.NOMIS_ONLY, fields, nomisSays, null,
                    "NOMIS appointment " + item.eventId() + " is mapped to DPS instance " + dpsId
                            + ", which DPS no longer has: check DPS, then exclude it");
        }
        Map<String, String> differ = AppointmentComparison.differences(appointment, instance.get(),
                locations.nomisLocationOf(instance.get()), item.dpsCancelled().get(Long.parseLong(dpsId)));
        if (differ.isEmpty()) {
            return Optional.empty();
        }
        fields.put("differences", String.join(",", differ.keySet()));
        List<String> nomisValues = new ArrayList<>();
        List<String> dpsValues = new ArrayList<>();
        differ.forEach((field, pair) -> {
            int bar = pair.indexOf('|');
            nomisValues.add(field + "=" + pair.substring(0, bar));
            dpsValues.add(field + "=" + pair.substring(bar + 1));
        });
        return mismatch(item, AppointmentVerdict.DIFFERENT, fields, String.join(", ", nomisValues),
                String.join(", ", dpsValues), "NOMIS appointment " + item.eventId() + " differs from DPS instance "
                        + dpsId + " in " + String.join(", ", differ.keySet()) + ": repair re-synchronises it from"
                        + " DPS");
    }

    private Optional<Mismatch> checkDps(AppointmentItem.DpsInstance item) {
        DpsAppointmentAttendee attendee = item.attendee();
        Optional<Mapping> mapping = mappings.findByDpsId(AppointmentsSync.ENTITY_TYPE,
                Long.toString(attendee.appointmentInstanceId()));
        if (mapping.isPresent() && item.nomisEventIds().contains(Long.parseLong(mapping.get().nomisId()))) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("prison", item.prison());
        fields.put("appointmentInstanceId", Long.toString(attendee.appointmentInstanceId()));
        fields.put("offenderNo", attendee.prisonerNumber());
        fields.put("bookingId", Long.toString(attendee.bookingId()));
        fields.put("start", attendee.startDate().atTime(attendee.startTime()).toString());
        fields.put("cancelled", Boolean.toString(attendee.cancelled()));
        mapping.ifPresent(m -> fields.put("nomisEventId", m.nomisId()));
        String dpsSays = "instance " + attendee.appointmentInstanceId() + " " + attendee.startDate() + " "
                + attendee.startTime();
        String note = mapping.isPresent()
                ? "DPS instance " + attendee.appointmentInstanceId() + " is mapped to NOMIS appointment "
                        + mapping.get().nomisId() + ", which NOMIS does not list (deleted in NOMIS?): check NOMIS"
                        + " for a similar appointment and exclude it, or repair to re-create it"
                : "DPS instance " + attendee.appointmentInstanceId() + " has no NOMIS appointment: repair creates"
                        + " it, or exclude it if NOMIS has a similar one";
        return mismatch(item, AppointmentVerdict.DPS_ONLY, fields, null, dpsSays, note);
    }

    private static Optional<Mismatch> mismatch(AppointmentItem item, AppointmentVerdict verdict,
                                               Map<String, String> fields, String nomisValue, String dpsValue,
                                               String note) {
        fields.put("verdict", verdict.name());
        return Optional.of(new Mismatch(item.key(), fields, nomisValue, dpsValue, LikelySide.NOMIS, note));
    }

    /** By verdict: delete a duplicate, re-synchronise a difference or a DPS-only instance; NOMIS-only needs a person. */
    @Override
    public RepairResult repair(Mismatch mismatch, boolean dryRun) {
        String verdict = mismatch.fields().getOrDefault("verdict", "");
        RepairReport report;
        if (AppointmentVerdict.NOMIS_DUPLICATE.name().equals(verdict)) {
            report = repairs.deleteDuplicate(Long.parseLong(mismatch.fields().get("nomisEventId")), dryRun);
        } else if (AppointmentVerdict.DIFFERENT.name().equals(verdict)
                || AppointmentVerdict.DPS_ONLY.name().equals(verdict)) {
            report = repairs.resync(Long.parseLong(mismatch.fields().get("appointmentInstanceId")), dryRun);
        } else {
            return RepairResult.notRepairable(mismatch.key(), dryRun, "a NOMIS-only appointment needs a person"
                    + " (seed 000): check DPS for a similar appointment, then exclude " + mismatch.key()
                    + " or delete it in NOMIS");
        }
        return result(mismatch.key(), report);
    }

    private static RepairResult result(String key, RepairReport report) {
        String said = report.actions().isEmpty() ? report.message()
                : String.join("; ", report.actions()) + (report.message().isEmpty() ? "" : " (" + report.message()
                + ")");
        String description = said.isBlank() ? report.status().name().toLowerCase() : said;
        return switch (report.status()) {
            case DONE, PLANNED -> RepairResult.changed(key, report.dryRun(), description);
            case NOTHING_TO_DO -> new RepairResult(key, report.dryRun(), RepairResult.Outcome.NOTHING_TO_DO,
                    description);
            case REFUSED, NOT_FOUND -> RepairResult.notRepairable(key, report.dryRun(), description);
        };
    }
}
