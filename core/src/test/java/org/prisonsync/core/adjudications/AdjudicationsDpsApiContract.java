package org.prisonsync.core.adjudications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The {@link AdjudicationsDpsApi} contract, for the in-memory twin and every adapter: a reported adjudication read
 * back with every field the sync uses, and a booking's adjudications. State is planted through {@link #put}.
 */
public abstract class AdjudicationsDpsApiContract {
    private static final AtomicLong NUMBERS = new AtomicLong(3_000_000);

    protected abstract AdjudicationsDpsApi api();

    protected abstract void put(DpsCharge charge, long bookingId);

    static DpsCharge full(String chargeNumber) {
        return new DpsCharge(chargeNumber, "A1234AB", "MDI", LocalDateTime.of(2026, 2, 20, 9, 15),
                LocalDateTime.of(2026, 3, 1, 8, 0, 5), "OFFICER_A", 7001L, "51:1", "a fight", "CHARGE_PROVED",
                List.of(new DpsCharge.Damage("CLEANING", "blood", "OFFICER_A")),
                List.of(new DpsCharge.Evidence("PHOTO", "a photo", "OFFICER_A")),
                List.of(new DpsCharge.Hearing(11, 7002L, LocalDateTime.of(2026, 3, 4, 10, 30), "GOV_ADULT", "MDI",
                        new DpsCharge.HearingOutcome("COMPLETE", "JUDGE", "GUILTY")),
                        new DpsCharge.Hearing(12, 7002L, LocalDateTime.of(2026, 3, 6, 11, 0), "INAD_ADULT", "MDI",
                                null)),
                List.of(new DpsCharge.Outcome(11L, "CHARGE_PROVED"), new DpsCharge.Outcome(null, "REFER_POLICE")),
                List.of(new DpsCharge.Punishment(21, "ADDITIONAL_DAYS", null, null, 10, 12,
                                LocalDate.of(2026, 3, 5), null, null, "12345"),
                        new DpsCharge.Punishment(22, "PRIVILEGE", "TV", null, 7, null, null,
                                LocalDate.of(2026, 6, 1), null, null),
                        new DpsCharge.Punishment(23, "DAMAGES_OWED", null, null, 0, null, null, null, 12.5, null)));
    }

    @Test
    void aChargeIsReadBackWithEveryFieldTheSyncUses() {
        String number = Long.toString(NUMBERS.incrementAndGet());
        DpsCharge charge = full(number);
        put(charge, 800);

        assertThat(api().charge(number)).contains(charge);
        assertThat(api().charge("999999999")).isEmpty();
    }

    @Test
    void theIncidentsAndHearingsDpsLocationsAreReadBesideTheirNomisIds() {
        String number = Long.toString(NUMBERS.incrementAndGet());
        DpsCharge full = full(number);
        DpsCharge charge = AdjudicationsWorld.with(full.withIncidentLocationUuid("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"),
                List.of(full.hearings().get(0).withLocationUuid("9a8b7c6d-5e4f-4031-8291-a0b1c2d3e4f5"),
                        full.hearings().get(1)), full.outcomes(), full.punishments(), full.status());
        put(charge, 801);

        DpsCharge read = api().charge(number).orElseThrow();

        assertThat(read.incidentLocationUuid()).isEqualTo("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
        assertThat(read.incidentLocationId()).isEqualTo(7001L);
        assertThat(read.hearings()).extracting(DpsCharge.Hearing::locationUuid)
                .containsExactly("9a8b7c6d-5e4f-4031-8291-a0b1c2d3e4f5", null);
        assertThat(read).isEqualTo(charge);
    }

    @Test
    void aBookingsChargesAreListed() {
        long booking = NUMBERS.incrementAndGet();
        String a = Long.toString(NUMBERS.incrementAndGet());
        String b = Long.toString(NUMBERS.incrementAndGet());
        put(full(a), booking);
        put(full(b), booking);
        put(full(Long.toString(NUMBERS.incrementAndGet())), booking + 1);

        assertThat(api().allByBooking(booking)).extracting(DpsCharge::chargeNumber).containsExactlyInAnyOrder(a, b);
        assertThat(api().allByBooking(booking + 100)).isEmpty();
    }
}
