package org.prisonsync.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.UnknownQueueException;
import org.prisonsync.core.sync.FeatureSwitches;
import org.prisonsync.core.testing.TestWorld;
import org.prisonsync.core.visits.VisitsDomain;
import org.prisonsync.core.visits.VisitsSync;

class PrisonSyncCoreTest {

    @Test
    void registersTheVisitEventsAndTheMappingRetry() {
        PrisonSyncCore core = TestWorld.create().core();

        assertThat(core.routes().eventTypes()).containsExactlyInAnyOrder(VisitsSync.BOOKED, VisitsSync.CHANGED,
                VisitsSync.CANCELLED, VisitsSync.NOMIS_CANCELLED);
        assertThat(core.routes().eventTypes())
                .allSatisfy(type -> assertThat(core.routes().route(type)).get()
                        .satisfies(r -> assertThat(r.domain()).isEqualTo(VisitsSync.DOMAIN)));
        assertThat(core.routes().internal(InternalMessage.RETRY_CREATE_MAPPING)).isPresent();
    }

    @Test
    void findsItsQueuesByIdNameAndDlq() {
        PrisonSyncCore core = TestWorld.create().core();

        assertThat(core.queues().byId("visits").queueName()).isEqualTo(TestWorld.TO_NOMIS);
        assertThat(core.queues().byName(TestWorld.FROM_NOMIS).id()).isEqualTo("eventvisits");
        assertThat(core.queues().byDlqName(TestWorld.TO_NOMIS_DLQ)).get()
                .satisfies(q -> assertThat(q.id()).isEqualTo("visits"));
        assertThat(core.queues().byDlqName("nope")).isEmpty();
        assertThatThrownBy(() -> core.queues().byId("nope")).isInstanceOf(UnknownQueueException.class)
                .hasMessage("nope not found");
    }

    @Test
    void exposesThePortsAndSwitchesItWasBuiltWith() {
        FeatureSwitches switches = FeatureSwitches.from(Map.of("FEATURE_EVENT_VISIT_CANCELLED", "false"));
        TestWorld world = TestWorld.builder().switches(switches).build();

        assertThat(world.core().featureSwitches()).isSameAs(switches);
        assertThat(world.core().queueAdmin()).isSameAs(world.queues());
        assertThat(world.core().mappings()).isSameAs(world.mappingPort());
        assertThat(world.core().domain(VisitsDomain.class).repairs()).isNotNull();
    }
}
