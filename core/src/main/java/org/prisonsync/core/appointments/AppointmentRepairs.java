package org.prisonsync.core.appointments;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingSaveResult;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.core.repair.RepairReport;
import org.prisonsync.core.telemetry.Telemetry;

/**
 * The appointments repairs, each re-reading both sides first and changing nothing on a dry run:
 * <ul>
 *   <li>{@link #deleteDuplicate}: seed 000's "the dupe should be deleted" — deletes a NOMIS appointment only when it
 *   is unmapped and a mapped appointment of the same booking, location, start and subtype exists;</li>
 *   <li>{@link #resync}: makes NOMIS match one DPS instance — updates its mapped appointment (and cancels or
 *   reinstates it as DPS has it), re-creates (and
 *   re-maps) one NOMIS no longer has, or, without a mapping, adopts an unmapped NOMIS copy by natural key or creates
 *   it, under the create's write claim so it never races the sync's own create.</li>
 * </ul>
 */
public final class AppointmentRepairs {
    public static final String DELETE_DUPLICATE = "appointments-delete-duplicate";
    public static final String RESYNC = "appointments-resync";

    private final AppointmentsDpsApi dps;
    private final AppointmentsNomisApi nomis;
    private final AppointmentLocations locations;
    private final MappingStore mappings;
    private final WriteClaims claims;
    private final Telemetry telemetry;
    private final Clock clock;
    private final Duration lease;

    AppointmentRepairs(AppointmentsDpsApi dps, AppointmentsNomisApi nomis, AppointmentLocations locations,
                       MappingStore mappings, WriteClaims claims, Telemetry telemetry, Clock clock, Duration lease) {
        this.dps = dps;
        this.nomis = nomis;
        this.locations = locations;
        this.mappings = mappings;
        this.claims = claims;
        this.telemetry = telemetry;
        this.clock = clock;
        this.lease = lease;
    }

    /** The mapped NOMIS appointment {@code appointment} is an unmapped copy of, if it is one. */
    Optional<Mapping> duplicated(NomisAppointment appointment) {
        if (appointment.internalLocation() == null || mapped(appointment.eventId()).isPresent()) {
            return Optional.empty();
        }
        return nomis.findAt(appointment.bookingId(), appointment.internalLocation(), appointment.startDateTime())
                .stream()
                .filter(other -> other.eventId() != appointment.eventId())
                .filter(other -> other.subtype().equals(appointment.subtype()))
                .map(other -> mapped(other.eventId()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public RepairReport deleteDuplicate(long eventId, boolean dryRun) {
        Optional<NomisAppointment> appointment = nomis.find(eventId);
        if (appointment.isEmpty()) {
            return RepairReport.notFound(DELETE_DUPLICATE, dryRun, "NOMIS has no appointment " + eventId);
        }
        Optional<Mapping> own = mapped(eventId);
        if (own.isPresent()) {
            return RepairReport.refused(DELETE_DUPLICATE, dryRun, "NOMIS appointment " + eventId
                    + " is mapped to DPS appointment instance " + own.get().dpsId() + ": it is not the duplicate");
        }
        Optional<Mapping> kept = duplicated(appointment.get());
        if (kept.isEmpty()) {
            return RepairReport.refused(DELETE_DUPLICATE, dryRun, "NOMIS appointment " + eventId
                    + " is not a copy of a mapped appointment (same booking, location, start and subtype)");
        }
        NomisAppointment copy = appointment.get();
        List<String> actions = List.of("delete NOMIS appointment " + eventId + " (" + copy.offenderNo()
                + ", booking " + copy.bookingId() + ", " + copy.subtype() + " at location " + copy.internalLocation()
                + " on " + copy.startDateTime() + "), a copy of NOMIS appointment " + kept.get().nomisId()
                + " which is mapped to DPS appointment instance " + kept.get().dpsId());
        if (dryRun) {
            return RepairReport.of(DELETE_DUPLICATE, true, actions, "");
        }
        boolean deleted = nomis.delete(eventId);
        telemetry.track(DELETE_DUPLICATE, AppointmentEvents.properties("nomisEventId", eventId,
                "existingNomisEventId", kept.get().nomisId(), "appointmentInstanceId", kept.get().dpsId(),
                "offenderNo", copy.offenderNo(), "bookingId", copy.bookingId()));
        return deleted ? RepairReport.of(DELETE_DUPLICATE, false, actions, "deleted")
                : RepairReport.notFound(DELETE_DUPLICATE, false, "NOMIS no longer has appointment " + eventId);
    }

    public RepairReport resync(long instanceId, boolean dryRun) {
        Optional<AppointmentInstance> found = dps.findInstance(instanceId);
        if (found.isEmpty()) {
            return RepairReport.notFound(RESYNC, dryRun, "DPS has no appointment instance " + instanceId);
        }
        AppointmentInstance instance = found.get();
        NomisAppointmentRequest request = locations.request(instance);
        String dpsId = Long.toString(instanceId);
        Optional<Mapping> mapping = mappings.findByDpsId(AppointmentsSync.ENTITY_TYPE, dpsId);
        if (mapping.isPresent()) {
            long eventId = Long.parseLong(mapping.get().nomisId());
            Optional<NomisAppointment> current = nomis.find(eventId);
            if (current.isPresent()) {
                return update(instance, request, current.get(), dryRun);
            }
            List<String> actions = List.of("create a NOMIS appointment for DPS appointment instance " + instanceId
                    + " (" + describe(request) + ") and map it in place of NOMIS appointment " + eventId
                    + ", which NOMIS no longer has");
            if (dryRun) {
                return RepairReport.of(RESYNC, true, actions, "");
            }
            long created = nomis.create(request);
            mappings.deleteByDpsId(AppointmentsSync.ENTITY_TYPE, dpsId);
            return saved(instance, created, actions, "re-created");
        }
        Optional<Long> copy = AppointmentCreatedHandler.findUnmapped(nomis, mappings, request);
        List<String> actions = List.of(copy.map(id -> "map DPS appointment instance " + instanceId
                        + " to the unmapped NOMIS appointment " + id + " of the same booking, location, start and"
                        + " subtype")
                .orElse("create a NOMIS appointment for DPS appointment instance " + instanceId + " ("
                        + describe(request) + ") and map it"));
        if (dryRun) {
            return RepairReport.of(RESYNC, true, actions, "");
        }
        ClaimKey key = new ClaimKey(AppointmentsSync.ENTITY_TYPE, dpsId);
        String owner = "repair/" + UUID.randomUUID();
        ClaimResult claim = claims.claim(key, owner, clock.instant(), lease);
        if (claim instanceof ClaimResult.HeldElsewhere held) {
            return RepairReport.refused(RESYNC, false, "the sync is creating DPS appointment instance " + instanceId
                    + " now (" + held.owner() + "); try again after " + held.until());
        }
        try {
            if (mappings.findByDpsId(AppointmentsSync.ENTITY_TYPE, dpsId).isPresent()) {
                claims.complete(key);
                return RepairReport.nothingToDo(RESYNC, false, "DPS appointment instance " + instanceId
                        + " was mapped meanwhile");
            }
            Optional<Long> adopt = AppointmentCreatedHandler.findUnmapped(nomis, mappings, request);
            long eventId = adopt.isPresent() ? adopt.get() : nomis.create(request);
            RepairReport report = saved(instance, eventId, actions, adopt.isPresent() ? "adopted" : "created");
            claims.complete(key);
            return report;
        } catch (RuntimeException e) {
            claims.abandon(key, owner, clock.instant());
            throw e;
        }
    }

    /**
     * The mapped NOMIS appointment brought in line with DPS: its fields, and whether it is cancelled, which only
     * DPS's search says (its instance read does not), so the instance's day is searched for it.
     */
    private RepairReport update(AppointmentInstance instance, NomisAppointmentRequest request, NomisAppointment current,
                                boolean dryRun) {
        long eventId = current.eventId();
        boolean fieldsDiffer = !AppointmentComparison.differences(current, instance, request.internalLocationId(),
                null).isEmpty() || !Objects.equals(current.comment(), request.comment());
        Optional<Boolean> dpsCancelled = dps.search(instance.prisonCode(), instance.appointmentDate(),
                        instance.appointmentDate()).stream()
                .filter(a -> a.appointmentInstanceId() == instance.id() && !a.deleted())
                .map(DpsAppointmentAttendee::cancelled).findFirst();
        boolean cancelDiffers = dpsCancelled.isPresent() && dpsCancelled.get() != current.cancelled();
        if (!fieldsDiffer && !cancelDiffers) {
            return RepairReport.nothingToDo(RESYNC, dryRun, "NOMIS appointment " + eventId
                    + " already matches DPS appointment instance " + instance.id());
        }
        List<String> actions = new ArrayList<>();
        if (fieldsDiffer) {
            actions.add("update NOMIS appointment " + eventId + " from DPS appointment instance " + instance.id()
                    + " (" + describe(request) + ")");
        }
        if (cancelDiffers) {
            actions.add((dpsCancelled.get() ? "cancel NOMIS appointment " + eventId + ": DPS has cancelled"
                    : "reinstate NOMIS appointment " + eventId + ": DPS has not cancelled")
                    + " appointment instance " + instance.id());
        }
        if (!dryRun) {
            if (fieldsDiffer) {
                nomis.update(eventId, request);
            }
            if (cancelDiffers) {
                if (dpsCancelled.get()) {
                    nomis.cancel(eventId);
                } else {
                    nomis.uncancel(eventId);
                }
            }
            track(instance.id(), eventId, "updated");
        }
        return RepairReport.of(RESYNC, dryRun, actions, "");
    }

    private RepairReport saved(AppointmentInstance instance, long eventId, List<String> actions, String how) {
        MappingSaveResult result = mappings.save(Mapping.of(AppointmentsSync.ENTITY_TYPE, Long.toString(eventId),
                Long.toString(instance.id()), instance.prisonerNumber(), AppointmentsSync.APPOINTMENT_CREATED));
        if (result instanceof MappingSaveResult.Conflict conflict) {
            return RepairReport.refused(RESYNC, false, "NOMIS appointment " + eventId + " " + how
                    + " but its mapping collides with " + conflict.existing().dpsId() + "⇄"
                    + conflict.existing().nomisId() + ": a person must decide");
        }
        track(instance.id(), eventId, how);
        return RepairReport.of(RESYNC, false, actions, "NOMIS appointment " + eventId + " " + how + " and mapped");
    }

    private void track(long instanceId, long eventId, String how) {
        telemetry.track(RESYNC, Map.of("appointmentInstanceId", Long.toString(instanceId),
                "nomisEventId", Long.toString(eventId), "how", how));
    }

    private Optional<Mapping> mapped(long eventId) {
        return mappings.findByNomisId(AppointmentsSync.ENTITY_TYPE, Long.toString(eventId));
    }

    private static String describe(NomisAppointmentRequest r) {
        return "booking " + r.bookingId() + ", " + r.eventSubType() + " on " + r.eventDate() + " " + r.startTime()
                + "-" + (r.endTime() == null ? "?" : r.endTime()) + " at "
                + (r.internalLocationId() == null ? "cell" : "location " + r.internalLocationId());
    }
}
