package org.prisonsync.simulator.appointments;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.NomisAppointment;
import org.prisonsync.core.appointments.NomisAppointmentRequest;
import org.prisonsync.core.appointments.inmemory.InMemoryAppointmentsDpsApi;
import org.prisonsync.core.appointments.inmemory.InMemoryAppointmentsNomisApi;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.SimulatedDomain;
import org.prisonsync.simulator.SimulationContext;
import org.prisonsync.simulator.locations.LocationsSimulation;
import org.prisonsync.simulator.store.RouteTable;

/**
 * Appointments: the activities API's appointment reads (publishing its appointment-instance events to
 * {@value #TO_NOMIS_QUEUE}), NOMIS's appointment endpoints (its room mapped in the shared location mappings, {@code LocationsSimulation}), with ways
 * to seed synchronised appointments and plant reconciliation differences and NOMIS duplicates
 * ({@link #seed}, {@link #plantDifferences}, {@link #plantDuplicate}; also under {@code /simulator/appointments/…}).
 */
public final class AppointmentsSimulation implements SimulatedDomain {
    /** The queue id (prison-sync's) that receives the activities API's appointment events. */
    public static final String TO_NOMIS_QUEUE = "tonomisappointments";
    /** The DPS room every seeded appointment is in, and the NOMIS location it maps to. */
    public static final String DPS_ROOM = "6f1b7a52-3c1d-4e8a-9b0f-2d4e6a8c0b13";
    public static final long NOMIS_ROOM = 424_242;

    public static final Plugin PLUGIN = Plugin.of(AppointmentsSimulation.class, AppointmentsSimulation::new);

    /** Each planted difference by its reconciliation key, with the verdict the reconciliation should give. */
    public record Planted(Map<String, String> verdicts) {
    }

    private final DpsAppointments dps;
    private final InMemoryAppointmentsNomisApi nomis = new InMemoryAppointmentsNomisApi();
    private final Clock clock;
    private final RouteTable upstream;
    private final AppointmentControlRoutes control;

    private AppointmentsSimulation(SimulationContext context) {
        clock = context.clock();
        dps = new DpsAppointments(new InMemoryAppointmentsDpsApi(), context.events(), clock);
        // The seeded room is mapped in the shared location mappings, as the locations sync would have mapped it.
        context.domain(LocationsSimulation.class).mappings().map(DPS_ROOM, NOMIS_ROOM);
        AppointmentRoutes routes = new AppointmentRoutes(dps, nomis, context.mapper());
        upstream = RouteTable.of(routes.dpsTable(), routes.nomisTable());
        control = new AppointmentControlRoutes(this, context.mapper());
    }

    @Override
    public String name() {
        return "appointments";
    }

    @Override
    public List<String> faultableRoutes() {
        return upstream.faultableRoutes();
    }

    @Override
    public void register(RoutesConfig routes, Guard guard) {
        upstream.register(routes, guard);
        control.register(routes);
    }

    @Override
    public Map<String, Object> stats() {
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("dpsAppointmentInstances", dps.state().count());
        stats.put("nomisAppointments", nomis.count());
        return stats;
    }

    public DpsAppointments dps() {
        return dps;
    }

    public InMemoryAppointmentsNomisApi nomis() {
        return nomis;
    }

    /** A prison rolled out for appointments; the booking known to NOMIS as the prisoner's at that prison. */
    public void admit(String prison, String prisonerNumber, long bookingId) {
        dps.state().rollOut(prison);
        nomis.admit(bookingId, prisonerNumber, prison);
    }

    /**
     * {@code count} appointments created in DPS at {@code prison} (each publishing its created event for the sync to
     * write to NOMIS), instance ids from {@code firstId}, one prisoner and booking each, spread over the next days
     * at the mapped room.
     */
    public List<AppointmentInstance> seed(String prison, int count, long firstId) {
        List<AppointmentInstance> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            String prisoner = prisonerNumber(id);
            long booking = 700_000 + id;
            admit(prison, prisoner, booking);
            made.add(dps.create(new AppointmentInstance(id, booking, prison, prisoner, i % 2 == 0 ? "CHAP" : "GYMW",
                    "Seeded " + id, null, DPS_ROOM, false, LocalDate.now(clock).plusDays(i % 20),
                    LocalTime.of(9 + i % 6, 0), LocalTime.of(10 + i % 6, 0), null)));
        }
        return made;
    }

    /**
     * A NOMIS copy of the appointment NOMIS holds for {@code instance} (same booking, location, start and subtype),
     * as a create whose answer was lost leaves one: its event id.
     */
    public long plantDuplicate(AppointmentInstance instance) {
        NomisAppointment original = nomis.appointmentsOf(instance.bookingId()).stream().findFirst().orElseThrow(() ->
                new IllegalStateException("NOMIS has no appointment on booking " + instance.bookingId() + " yet"));
        return nomis.plant(new NomisAppointmentRequest(original.bookingId(), original.startDateTime().toLocalDate(),
                original.startDateTime().toLocalTime(), original.endDateTime() == null ? null
                        : original.endDateTime().toLocalTime(), original.internalLocation(), original.subtype(),
                original.comment()));
    }

    /**
     * One difference of each kind among {@code synced} (appointments NOMIS already holds, at least three): a NOMIS
     * duplicate of the first, a NOMIS-only appointment on the second's booking, the third's NOMIS start moved an hour,
     * and a DPS-only instance (no event) at the first's prison with id {@code dpsOnlyId}.
     */
    public Planted plantDifferences(List<AppointmentInstance> synced, long dpsOnlyId) {
        if (synced.size() < 3) {
            throw new IllegalArgumentException("at least three synchronised appointments");
        }
        Map<String, String> verdicts = new LinkedHashMap<>();
        verdicts.put("nomis-" + plantDuplicate(synced.get(0)), "NOMIS_DUPLICATE");
        AppointmentInstance second = synced.get(1);
        verdicts.put("nomis-" + nomis.plant(new NomisAppointmentRequest(second.bookingId(),
                second.appointmentDate(), LocalTime.of(18, 30), null, 55L, "VLB", "made in NOMIS")), "NOMIS_ONLY");
        NomisAppointment third = nomis.appointmentsOf(synced.get(2).bookingId()).get(0);
        nomis.replace(new NomisAppointment(third.eventId(), third.bookingId(), third.offenderNo(), third.prisonId(),
                third.internalLocation(), third.startDateTime().plusHours(1), third.endDateTime() == null ? null
                        : third.endDateTime().plusHours(1), third.comment(), third.subtype(), third.status()));
        verdicts.put("nomis-" + third.eventId(), "DIFFERENT");
        AppointmentInstance first = synced.get(0);
        String prisoner = prisonerNumber(dpsOnlyId);
        admit(first.prisonCode(), prisoner, 700_000 + dpsOnlyId);
        dps.putWithoutEvent(new AppointmentInstance(dpsOnlyId, 700_000 + dpsOnlyId, first.prisonCode(), prisoner,
                "CHAP", null, null, DPS_ROOM, false, first.appointmentDate(), LocalTime.of(15, 0),
                LocalTime.of(16, 0), null));
        verdicts.put("dps-" + dpsOnlyId, "DPS_ONLY");
        return new Planted(verdicts);
    }

    /** A prisoner number made from an id: A, four digits, two letters. */
    static String prisonerNumber(long id) {
        long n = Math.floorMod(id, 10_000L * 676);
        char first = (char) ('A' + (n / 10_000) / 26);
        char second = (char) ('A' + (n / 10_000) % 26);
        return "A" + String.format("%04d", n % 10_000) + first + second;
    }
}
