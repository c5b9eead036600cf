package org.prisonsync.core.nonassociations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The {@link NonAssociationsDpsApi} contract, for the in-memory twin and every adapter. Implementations may keep
 * state across tests, so each test uses prisoners of its own.
 */
public abstract class NonAssociationsDpsApiContract {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    protected static final LocalDateTime MADE = LocalDateTime.of(2026, 2, 3, 10, 15, 0);

    protected abstract NonAssociationsDpsApi api();

    /** A DPS user's open non-association (not through the port). */
    protected abstract DpsNonAssociation make(String first, String second, String restrictionType);

    /** A DPS user's close (not through the port). */
    protected abstract void close(long id);

    private static String newPrisoner() {
        return String.format("D%04dNA", UNIQUE.incrementAndGet() % 10_000);
    }

    @Test
    void theLegacyViewIsInNomisTerms() {
        String a = newPrisoner();
        String b = newPrisoner();
        DpsNonAssociation na = make(a, b, "LANDING");

        LegacyNonAssociation legacy = api().find(na.id()).orElseThrow();

        assertThat(legacy.id()).isEqualTo(na.id());
        assertThat(legacy.offenderNo()).isEqualTo(a);
        assertThat(legacy.nsOffenderNo()).isEqualTo(b);
        assertThat(legacy.reasonCode()).isEqualTo("VIC");
        assertThat(legacy.recipReasonCode()).isEqualTo("PER");
        assertThat(legacy.typeCode()).isEqualTo("LAND");
        assertThat(legacy.effectiveDate()).isEqualTo(MADE);
        assertThat(legacy.expiryDate()).isNull();
        assertThat(legacy.comments()).isEqualTo("keep apart");
        close(na.id());
        assertThat(api().find(na.id()).orElseThrow().expiryDate()).isNotNull();
        assertThat(api().find(999_999_999L)).isEmpty();
    }

    @Test
    void betweenAndInvolvingListOpenAndClosedInIdOrder() {
        String a = newPrisoner();
        String b = newPrisoner();
        String c = newPrisoner();
        DpsNonAssociation ab = make(a, b, "CELL");
        DpsNonAssociation ba = make(b, a, "WING");
        DpsNonAssociation ac = make(a, c, "CELL");
        close(ab.id());

        List<DpsNonAssociation> between = api().between(b, a);
        assertThat(between).extracting(DpsNonAssociation::id).containsExactly(ab.id(), ba.id());
        assertThat(between.get(0).closed()).isTrue();
        assertThat(between.get(1).restrictionType()).isEqualTo("WING");
        assertThat(api().involving(List.of(c))).extracting(DpsNonAssociation::id).containsExactly(ac.id());
        assertThat(api().involving(List.of(a, c))).hasSize(3);
    }

    @Test
    void everyNonAssociationIsPagedOnce() {
        String a = newPrisoner();
        DpsNonAssociation made = make(a, newPrisoner(), "CELL");
        long total = api().page(0, 1).total();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int page = 0; (long) page * 100 < total; page++) {
            api().page(page, 100).content().forEach(na -> ids.add(na.id()));
        }
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates().contains(made.id()).isSorted();
    }
}
