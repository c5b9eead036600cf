package org.prisonsync.core.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The {@link AppointmentsDpsApi} contract, for the in-memory twin and every adapter. What the port only reads is
 * planted through the implementation's own means; each test uses ids and a prison of its own.
 */
public abstract class AppointmentsDpsApiContract {
    private static final AtomicLong IDS = new AtomicLong(5_000_000);
    private static final AtomicInteger PRISONS = new AtomicInteger(100);
    private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

    protected abstract AppointmentsDpsApi api();

    protected abstract void put(AppointmentInstance instance);

    protected abstract void cancel(long id);

    protected abstract void delete(long id);

    protected abstract void rollOut(String prison);

    private static String newPrison() {
        return "D" + PRISONS.incrementAndGet();
    }

    private AppointmentInstance instance(String prison, LocalDate day) {
        long id = IDS.incrementAndGet();
        AppointmentInstance instance = new AppointmentInstance(id, id + 10, prison, "A1234AB", "CHAP", "Talk", 42L,
                "6f1b7a52-3c1d-4e8a-9b0f-2d4e6a8c0b13", false, day, LocalTime.of(9, 30), LocalTime.of(10, 0),
                "extra");
        put(instance);
        return instance;
    }

    @Test
    void anInstanceIsFoundWithItsFields() {
        AppointmentInstance instance = instance(newPrison(), DAY);

        assertThat(api().findInstance(instance.id())).contains(instance);
    }

    @Test
    void anInCellInstanceWithoutAnEndIsFoundSo() {
        long id = IDS.incrementAndGet();
        AppointmentInstance inCell = new AppointmentInstance(id, 9, newPrison(), "A1234AC", "GYM", null, null, null,
                true, DAY, LocalTime.NOON, null, null);
        put(inCell);
        assertThat(api().findInstance(id)).contains(inCell);
    }

    @Test
    void aDeletedOrUnknownInstanceIsNotFound() {
        AppointmentInstance instance = instance(newPrison(), DAY);
        delete(instance.id());
        assertThat(api().findInstance(instance.id())).isEmpty();
        assertThat(api().findInstance(IDS.incrementAndGet() + 900_000_000L)).isEmpty();
    }

    @Test
    void theSearchFindsAPrisonsAttendeesInTheDatesWithCancelledAndDeletedFlagged() {
        String prison = newPrison();
        AppointmentInstance a = instance(prison, DAY);
        AppointmentInstance b = instance(prison, DAY.plusDays(3));
        AppointmentInstance c = instance(prison, DAY.plusDays(4));
        instance(prison, DAY.plusDays(5));
        instance(newPrison(), DAY);
        cancel(b.id());
        delete(c.id());

        assertThat(api().search(prison, DAY, DAY.plusDays(4))).containsExactly(
                new DpsAppointmentAttendee(a.id(), "A1234AB", a.bookingId(), DAY, LocalTime.of(9, 30), false, false),
                new DpsAppointmentAttendee(b.id(), "A1234AB", b.bookingId(), DAY.plusDays(3), LocalTime.of(9, 30),
                        true, false),
                new DpsAppointmentAttendee(c.id(), "A1234AB", c.bookingId(), DAY.plusDays(4), LocalTime.of(9, 30),
                        false, true));
    }

    @Test
    void thePrisonsRolledOutAreListed() {
        String prison = newPrison();
        assertThat(api().appointmentPrisons()).doesNotContain(prison);
        rollOut(prison);
        assertThat(api().appointmentPrisons()).contains(prison);
    }
}
