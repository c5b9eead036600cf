package org.prisonsync.simulator.appointments;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.inmemory.InMemoryAppointmentsDpsApi;
import org.prisonsync.simulator.EventPublisher;

/**
 * The DPS appointments' state (core's in-memory DPS appointments) with the activities API's events: every change
 * made here publishes {@code appointments.appointment-instance.<change>} with {@code appointmentInstanceId}, on the
 * queue of {@value AppointmentsSimulation#TO_NOMIS_QUEUE}; the {@code …WithoutEvent} changes publish nothing (a lost
 * event, or state planted for a reconciliation).
 */
public final class DpsAppointments {
    private final InMemoryAppointmentsDpsApi state;
    private final EventPublisher events;
    private final Clock clock;

    DpsAppointments(InMemoryAppointmentsDpsApi state, EventPublisher events, Clock clock) {
        this.state = state;
        this.events = events;
        this.clock = clock;
    }

    public InMemoryAppointmentsDpsApi state() {
        return state;
    }

    public AppointmentInstance create(AppointmentInstance instance) {
        state.put(instance);
        publish("created", "An appointment instance has been created", instance.id());
        return instance;
    }

    public AppointmentInstance putWithoutEvent(AppointmentInstance instance) {
        return state.put(instance);
    }

    public AppointmentInstance update(AppointmentInstance instance) {
        state.put(instance);
        publish("updated", "An appointment instance has been updated", instance.id());
        return instance;
    }

    public boolean cancel(long id) {
        boolean done = state.cancel(id, true);
        if (done) {
            publish("cancelled", "An appointment instance has been cancelled", id);
        }
        return done;
    }

    public boolean uncancel(long id) {
        boolean done = state.cancel(id, false);
        if (done) {
            publish("uncancelled", "An appointment instance has been uncancelled", id);
        }
        return done;
    }

    public boolean delete(long id) {
        boolean done = state.delete(id);
        if (done) {
            publish("deleted", "An appointment instance has been deleted", id);
        }
        return done;
    }

    private void publish(String change, String description, long id) {
        String eventType = "appointments.appointment-instance." + change;
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventType", eventType);
        message.put("version", "1.0");
        message.put("description", description);
        message.put("occurredAt", OffsetDateTime.now(clock).toString());
        message.put("additionalInformation", Map.of("appointmentInstanceId", id));
        events.publish(AppointmentsSimulation.TO_NOMIS_QUEUE, eventType, message);
    }
}
