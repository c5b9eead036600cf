package org.prisonsync.core.nonassociations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;

/**
 * The {@link NonAssociationsNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep
 * state across tests, so each test uses prisoners of its own.
 */
public abstract class NonAssociationsNomisApiContract {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);

    protected abstract NonAssociationsNomisApi api();

    /** Gives the prisoner a current booking in NOMIS (not through the port) and returns its id. */
    protected abstract long admit(String offenderNo);

    private String newPrisoner() {
        String prisoner = String.format("N%04dNA", UNIQUE.incrementAndGet() % 10_000);
        admit(prisoner);
        return prisoner;
    }

    private static NomisNonAssociationRequest request(String a, String b, String type) {
        return new NomisNonAssociationRequest(a, b, "VIC", "PER", type, "OFFICER A", FROM, null, "keep apart");
    }

    @Test
    void aCreatedNonAssociationIsSequencedPerPairAndTheSameFromEitherSide() {
        String a = newPrisoner();
        String b = newPrisoner();

        int first = api().create(request(b, a, "CELL"));
        int second = api().create(request(a, b, "WING"));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        assertThat(api().all(b, a)).hasSize(2).first().satisfies(r -> {
            assertThat(r.offenderNo()).isEqualTo(b);
            assertThat(r.nsOffenderNo()).isEqualTo(a);
            assertThat(r.reason()).isEqualTo("VIC");
            assertThat(r.recipReason()).isEqualTo("PER");
            assertThat(r.type()).isEqualTo("CELL");
            assertThat(r.effectiveDate()).isEqualTo(FROM);
            assertThat(r.expiryDate()).isNull();
            assertThat(r.comment()).isEqualTo("keep apart");
        });
        assertThat(api().all(a, b).get(0).reason()).isEqualTo("PER");
        assertThat(api().find(NomisNonAssociationId.of(a, b, 2))).hasValueSatisfying(r ->
                assertThat(r.type()).isEqualTo("WING"));
    }

    @Test
    void amendCloseAndDeleteChangeOneRecordAndAnswerFalseWithoutOne() {
        String a = newPrisoner();
        String b = newPrisoner();
        NomisNonAssociationId id = NomisNonAssociationId.of(a, b, api().create(request(a, b, "CELL")));

        assertThat(api().amend(id, new NomisNonAssociationRequest(a, b, "BUL", "VIC", "LAND", null, FROM.plusDays(1),
                null, "changed"))).isTrue();
        NomisNonAssociation amended = api().find(id).orElseThrow();
        assertThat(amended.type()).isEqualTo("LAND");
        assertThat(amended.reasonOf(a)).isEqualTo("BUL");
        assertThat(amended.reasonOf(b)).isEqualTo("VIC");
        assertThat(amended.effectiveDate()).isEqualTo(FROM.plusDays(1));
        assertThat(amended.comment()).isEqualTo("changed");

        assertThat(api().close(id)).isTrue();
        assertThat(api().find(id).orElseThrow().expiryDate()).isNotNull();

        assertThat(api().delete(id)).isTrue();
        assertThat(api().find(id)).isEmpty();
        assertThat(api().all(a, b)).isEmpty();
        assertThat(api().amend(id, request(a, b, "CELL"))).isFalse();
        assertThat(api().close(id)).isFalse();
        assertThat(api().delete(id)).isFalse();
    }

    @Test
    void anUnknownPrisonerIsRefusedWith404() {
        String a = newPrisoner();
        assertThatThrownBy(() -> api().create(request(a, "Z9999ZZ", "CELL")))
                .isInstanceOfSatisfying(UpstreamRejected.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void thePairsArePagedOnceEachAndTheBookingsPairsFound() {
        String a = newPrisoner();
        String b = newPrisoner();
        String c = newPrisoner();
        api().create(request(a, b, "CELL"));
        api().create(request(b, a, "WING"));
        api().create(request(a, c, "CELL"));

        long total = api().pairs(0, 1).total();
        java.util.List<NonAssociationPair> all = new java.util.ArrayList<>();
        for (int page = 0; (long) page * 50 < total; page++) {
            all.addAll(api().pairs(page, 50).pairs());
        }
        assertThat(all).hasSize((int) total).doesNotHaveDuplicates()
                .contains(NonAssociationPair.of(a, b), NonAssociationPair.of(a, c));
        long booking = admitAgain(c);
        assertThat(booking).isPositive();
    }

    /** The booking a prisoner got from {@link #admit}: a second admission gives a new one with nothing on it. */
    private long admitAgain(String prisoner) {
        long booking = admit(prisoner);
        assertThat(api().onBooking(booking)).isEmpty();
        return booking;
    }
}
