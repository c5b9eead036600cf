package org.prisonsync.core.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;

/**
 * The {@link AppointmentsNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep
 * state across tests, so each test uses bookings and a prison of its own; bookings are made known through the
 * implementation's own means ({@link #admit}).
 */
public abstract class AppointmentsNomisApiContract {
    private static final AtomicLong BOOKINGS = new AtomicLong(4_000_000);
    private static final AtomicInteger PRISONS = new AtomicInteger(100);
    private static final LocalDate DAY = LocalDate.of(2026, 4, 14);

    protected abstract AppointmentsNomisApi api();

    /** NOMIS holds this booking as the prisoner's, at that prison. */
    protected abstract void admit(long bookingId, String offenderNo, String prisonId);

    private static String newPrison() {
        return "P" + PRISONS.incrementAndGet();
    }

    private long booking(String prison) {
        long booking = BOOKINGS.incrementAndGet();
        admit(booking, "A1234AA", prison);
        return booking;
    }

    private static NomisAppointmentRequest request(long booking, LocalDate day, Long location) {
        return new NomisAppointmentRequest(booking, day, LocalTime.of(9, 30), LocalTime.of(10, 45), location, "CHAP",
                "Chaplaincy - bring a book");
    }

    @Test
    void aCreatedAppointmentIsFoundWithItsFields() {
        String prison = newPrison();
        long booking = booking(prison);

        long eventId = api().create(request(booking, DAY, 321L));

        NomisAppointment found = api().find(eventId).orElseThrow();
        assertThat(found.bookingId()).isEqualTo(booking);
        assertThat(found.offenderNo()).isEqualTo("A1234AA");
        assertThat(found.prisonId()).isEqualTo(prison);
        assertThat(found.internalLocation()).isEqualTo(321L);
        assertThat(found.startDateTime()).isEqualTo(DAY.atTime(9, 30));
        assertThat(found.endDateTime()).isEqualTo(DAY.atTime(10, 45));
        assertThat(found.subtype()).isEqualTo("CHAP");
        assertThat(found.comment()).isEqualTo("Chaplaincy - bring a book");
        assertThat(found.cancelled()).isFalse();
    }

    @Test
    void inCellAndWithoutAnEndItIsKeptSo() {
        long booking = booking(newPrison());
        long eventId = api().create(new NomisAppointmentRequest(booking, DAY, LocalTime.NOON, null, null, "GYM",
                null));
        NomisAppointment found = api().find(eventId).orElseThrow();
        assertThat(found.internalLocation()).isNull();
        assertThat(found.endDateTime()).isNull();
        assertThat(found.comment()).isNull();
    }

    @Test
    void anUnknownBookingIsRefused() {
        assertThatThrownBy(() -> api().create(request(BOOKINGS.incrementAndGet() + 900_000_000L, DAY, 1L)))
                .isInstanceOf(UpstreamRejected.class);
    }

    @Test
    void updateCancelUncancelAndDeleteChangeItAndAnswerFalseForAnUnknownAppointment() {
        long booking = booking(newPrison());
        long eventId = api().create(request(booking, DAY, 321L));

        assertThat(api().update(eventId, new NomisAppointmentRequest(booking, DAY.plusDays(1), LocalTime.of(14, 0),
                LocalTime.of(15, 0), 654L, "GYM", "moved"))).isTrue();
        NomisAppointment updated = api().find(eventId).orElseThrow();
        assertThat(updated.startDateTime()).isEqualTo(DAY.plusDays(1).atTime(14, 0));
        assertThat(updated.internalLocation()).isEqualTo(654L);
        assertThat(updated.subtype()).isEqualTo("GYM");

        assertThat(api().cancel(eventId)).isTrue();
        assertThat(api().find(eventId).orElseThrow().cancelled()).isTrue();
        assertThat(api().uncancel(eventId)).isTrue();
        assertThat(api().find(eventId).orElseThrow().cancelled()).isFalse();
        assertThat(api().delete(eventId)).isTrue();
        assertThat(api().find(eventId)).isEmpty();

        assertThat(api().update(eventId, request(booking, DAY, 1L))).isFalse();
        assertThat(api().cancel(eventId)).isFalse();
        assertThat(api().uncancel(eventId)).isFalse();
        assertThat(api().delete(eventId)).isFalse();
    }

    @Test
    void theIdsOfAPrisonArePagedWithinTheDates() {
        String prison = newPrison();
        long booking = booking(prison);
        long before = api().create(request(booking, DAY.minusDays(1), 1L));
        long a = api().create(request(booking, DAY, 1L));
        long b = api().create(request(booking, DAY.plusDays(2), 1L));
        long c = api().create(request(booking, DAY.plusDays(5), 1L));
        long after = api().create(request(booking, DAY.plusDays(6), 1L));
        api().create(request(booking(newPrison()), DAY, 1L));

        assertThat(api().eventIds(prison, DAY, DAY.plusDays(5), 0, 2)).containsExactly(a, b);
        assertThat(api().eventIds(prison, DAY, DAY.plusDays(5), 1, 2)).containsExactly(c);
        assertThat(api().eventIds(prison, DAY, DAY.plusDays(5), 2, 2)).isEmpty();
        assertThat(api().eventIds(prison, DAY.minusDays(1), DAY.plusDays(6), 0, 10))
                .containsExactly(before, a, b, c, after);
    }

    @Test
    void appointmentsAreFoundByBookingLocationAndStart() {
        long booking = booking(newPrison());
        long first = api().create(request(booking, DAY, 777L));
        long copy = api().create(request(booking, DAY, 777L));
        api().create(request(booking, DAY, 778L));
        api().create(request(booking, DAY.plusDays(1), 777L));

        List<NomisAppointment> found = api().findAt(booking, 777L, DAY.atTime(9, 30));

        assertThat(found).extracting(NomisAppointment::eventId).containsExactlyInAnyOrder(first, copy);
        assertThat(api().findAt(booking, 777L, DAY.atTime(9, 31))).isEmpty();
    }

    @Test
    void anUnknownAppointmentIsNotFound() {
        assertThat(api().find(987_654_321L)).isEmpty();
    }
}
