package org.prisonsync.core.adjustments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamRejected;

/**
 * The {@link AdjustmentsNomisApi} contract, for the in-memory twin and every adapter. Implementations may keep state
 * across tests, so each test uses bookings of its own, made known through the implementation's own means
 * ({@link #admit}).
 */
public abstract class AdjustmentsNomisApiContract {
    private static final AtomicLong BOOKINGS = new AtomicLong(6_000_000);

    protected abstract AdjustmentsNomisApi api();

    protected abstract void admit(long bookingId, String offenderNo, int bookingSequence, String prisonId);

    private long booking() {
        long booking = BOOKINGS.incrementAndGet();
        admit(booking, "A1234AA", 1, "MDI");
        return booking;
    }

    private static NomisAdjustmentRequest request(String type, long days, Boolean active) {
        return new NomisAdjustmentRequest(type, LocalDate.of(2026, 2, 3), LocalDate.of(2026, 1, 1), days,
                "a comment", active, null);
    }

    @Test
    void aSentenceAdjustmentIsCreatedOnItsSentenceAndFoundWithItsFields() {
        long booking = booking();

        NomisAdjustmentId id = api().createSentenceAdjustment(booking, 2, request("RX", 12, true));

        assertThat(id.category()).isEqualTo(AdjustmentCategory.SENTENCE);
        NomisAdjustment found = api().find(id).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.bookingId()).isEqualTo(booking);
        assertThat(found.bookingSequence()).isEqualTo(1);
        assertThat(found.offenderNo()).isEqualTo("A1234AA");
        assertThat(found.sentenceSequence()).isEqualTo(2L);
        assertThat(found.adjustmentType()).isEqualTo("RX");
        assertThat(found.adjustmentDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(found.adjustmentFromDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(found.adjustmentDays()).isEqualTo(12);
        assertThat(found.comment()).isEqualTo("a comment");
        assertThat(found.active()).isTrue();
        assertThat(found.hiddenFromUsers()).isFalse();
        assertThat(found.prisonId()).isEqualTo("MDI");
    }

    @Test
    void aKeyDateAdjustmentIsCreatedOnTheBookingWithoutASentence() {
        long booking = booking();

        NomisAdjustmentId id = api().createKeyDateAdjustment(booking, request("UAL", 3, null));

        assertThat(id.category()).isEqualTo(AdjustmentCategory.KEY_DATE);
        NomisAdjustment found = api().find(id).orElseThrow();
        assertThat(found.sentenceSequence()).isNull();
        assertThat(found.adjustmentType()).isEqualTo("UAL");
        assertThat(found.active()).isTrue();
    }

    @Test
    void anUpdateChangesTheFieldsAndKeepsActiveWhenNotSent() {
        long booking = booking();
        NomisAdjustmentId id = api().createKeyDateAdjustment(booking, request("LAL", 3, true));

        assertThat(api().update(id, request("LAL", 8, null))).isTrue();

        NomisAdjustment found = api().find(id).orElseThrow();
        assertThat(found.adjustmentDays()).isEqualTo(8);
        assertThat(found.active()).isTrue();
        assertThat(api().update(NomisAdjustmentId.keyDate(987_654_321), request("LAL", 1, null))).isFalse();
    }

    @Test
    void theBookingListsBothKindsAndActiveOnlyLeavesOutInactiveOnes() {
        long booking = booking();
        NomisAdjustmentId sentence = api().createSentenceAdjustment(booking, 1, request("S240A", 5, true));
        NomisAdjustmentId keyDate = api().createKeyDateAdjustment(booking, request("ADA", 5, false));

        assertThat(api().bookingAdjustments(booking, false)).extracting(NomisAdjustment::id)
                .containsExactlyInAnyOrder(sentence, keyDate);
        assertThat(api().bookingAdjustments(booking, true)).extracting(NomisAdjustment::id)
                .containsExactly(sentence);
    }

    @Test
    void aDeletedAdjustmentIsGoneAndDeletingAgainIsHarmless() {
        long booking = booking();
        NomisAdjustmentId id = api().createSentenceAdjustment(booking, 1, request("RSR", 5, true));

        api().delete(id);
        api().delete(id);

        assertThat(api().find(id)).isEmpty();
        assertThat(api().bookingAdjustments(booking, false)).isEmpty();
    }

    @Test
    void aCreateOnAnUnknownBookingIsRefused() {
        assertThatThrownBy(() -> api().createKeyDateAdjustment(999_999_999L, request("UAL", 1, true)))
                .isInstanceOf(UpstreamRejected.class);
    }
}
