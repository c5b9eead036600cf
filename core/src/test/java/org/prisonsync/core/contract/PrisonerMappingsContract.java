package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.alerts.MappingReplacement;
import org.prisonsync.core.alerts.PrisonerMappings;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;

/** The {@link PrisonerMappings} contract, over a fresh empty store per test and its {@link MappingStore} view. */
public abstract class PrisonerMappingsContract {
    private static final String ALERT = "ALERT";
    private static final String VISIT = "VISIT";

    /** A fresh, empty store, seen through both ports. */
    public record Stores(MappingStore mappings, PrisonerMappings prisonerMappings) {
    }

    protected abstract Stores newStores(Clock clock);

    private MappingStore store;
    private PrisonerMappings replacer;

    @BeforeEach
    void create() {
        Stores stores = newStores(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
        store = stores.mappings();
        replacer = stores.prisonerMappings();
    }

    private static Mapping alert(String nomisId, String dpsId, String prisoner) {
        return Mapping.of(ALERT, nomisId, dpsId, prisoner, MappingTypes.NOMIS_CREATED);
    }

    @Test
    void replacesEveryMappingOfThePrisonerAndLeavesOthersAlone() {
        store.save(alert("1:1", "a1", "A"));
        store.save(alert("1:2", "a2", "A"));
        store.save(alert("2:1", "b1", "B"));
        store.save(Mapping.of(VISIT, "77", "v-77", "A", MappingTypes.ONLINE));

        MappingReplacement result = replacer.replace(ALERT, Set.of("A"), List.of(alert("3:1", "n1", "A")));

        assertThat(result).isEqualTo(new MappingReplacement.Replaced(2, 1));
        assertThat(store.findByPrisoner(ALERT, "A")).extracting(Mapping::dpsId).containsExactly("n1");
        assertThat(store.findByDpsId(ALERT, "a1")).isEmpty();
        assertThat(store.findByNomisId(ALERT, "1:2")).isEmpty();
        assertThat(store.findByDpsId(ALERT, "b1")).isPresent();
        assertThat(store.findByDpsId(VISIT, "v-77")).isPresent();
    }

    @Test
    void replacesSeveralPrisonersAtOnceSoANomisAlertMayMoveBetweenThem() {
        store.save(alert("1:1", "a1", "A"));
        store.save(alert("2:1", "b1", "B"));

        MappingReplacement result = replacer.replace(ALERT, Set.of("A", "B"),
                List.of(alert("2:1", "n1", "A"), alert("1:1", "n2", "A")));

        assertThat(result).isEqualTo(new MappingReplacement.Replaced(2, 2));
        assertThat(store.findByNomisId(ALERT, "2:1").orElseThrow().prisonerNumber()).isEqualTo("A");
        assertThat(store.findByPrisoner(ALERT, "B")).isEmpty();
    }

    @Test
    void aCollisionWithAnotherPrisonersMappingChangesNothing() {
        store.save(alert("1:1", "a1", "A"));
        store.save(alert("2:1", "b1", "B"));

        MappingReplacement result = replacer.replace(ALERT, Set.of("A"),
                List.of(alert("3:1", "n1", "A"), alert("2:1", "n2", "A")));

        assertThat(result).isInstanceOf(MappingReplacement.Conflict.class);
        MappingReplacement.Conflict conflict = (MappingReplacement.Conflict) result;
        assertThat(conflict.duplicate().dpsId()).isEqualTo("n2");
        assertThat(conflict.existing().dpsId()).isEqualTo("b1");
        assertThat(store.findByPrisoner(ALERT, "A")).extracting(Mapping::dpsId).containsExactly("a1");
        assertThat(store.findByDpsId(ALERT, "n1")).isEmpty();
    }

    @Test
    void replacingWithNothingRemovesThePrisonersMappingsAndReplacingAgainIsHarmless() {
        store.save(alert("1:1", "a1", "A"));

        assertThat(replacer.replace(ALERT, Set.of("A"), List.of())).isEqualTo(new MappingReplacement.Replaced(1, 0));
        assertThat(replacer.replace(ALERT, Set.of("A"), List.of())).isEqualTo(new MappingReplacement.Replaced(0, 0));
        assertThat(store.findByPrisoner(ALERT, "A")).isEmpty();
    }

    @Test
    void concurrentReplacementsOfOnePrisonerLeaveExactlyOneCompleteSet() throws Exception {
        store.save(alert("1:1", "a1", "A"));

        Concurrently.run(8, i -> replacer.replace(ALERT, Set.of("A"),
                List.of(alert("9:" + (2 * i + 1), "r" + i + "-1", "A"), alert("9:" + (2 * i + 2), "r" + i + "-2", "A"))));

        List<Mapping> left = store.findByPrisoner(ALERT, "A");
        assertThat(left).hasSize(2);
        assertThat(left.get(0).dpsId().substring(0, left.get(0).dpsId().indexOf('-')))
                .isEqualTo(left.get(1).dpsId().substring(0, left.get(1).dpsId().indexOf('-')));
    }
}
