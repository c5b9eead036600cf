package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.prisoners.ActivePrisonersPage;

/** The {@link ActivePrisoners} contract, over a source holding exactly the prisoners the subclass was given. */
public abstract class ActivePrisonersContract {
    protected static final List<String> PRISONERS = List.of("A0001AA", "A0002AA", "A0003AA", "A0004AA", "A0005AA");

    /** A source whose active prisoners are exactly {@link #PRISONERS}. */
    protected abstract ActivePrisoners prisoners();

    @Test
    void pagesCoverEveryPrisonerOnceWithTheTotal() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            ActivePrisonersPage p = prisoners().page(page, 2);
            assertThat(p.total()).isEqualTo(PRISONERS.size());
            seen.addAll(p.prisonerNumbers());
        }

        assertThat(seen).containsExactlyInAnyOrderElementsOf(PRISONERS).doesNotHaveDuplicates();
        assertThat(prisoners().page(0, 2).prisonerNumbers()).hasSize(2)
                .isEqualTo(prisoners().page(0, 2).prisonerNumbers());
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        assertThat(prisoners().page(5, 2).prisonerNumbers()).isEmpty();
        assertThat(prisoners().page(5, 2).total()).isEqualTo(PRISONERS.size());
    }
}
