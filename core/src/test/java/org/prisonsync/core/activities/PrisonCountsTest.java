package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrisonCountsTest {
    @Test
    void theBookingsThatDifferAreLookedUpAThousandAtATime_andEveryOneIsCompared() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.nomis.switchOn("MDI");
        world.mappedSchedule(1);
        int bookings = 2_345;
        for (int i = 0; i < bookings; i++) {
            world.allocation(10_000 + i, 1, String.format("A%04dAA", i), 500_000 + i, "ACTIVE");   // DPS only
        }
        List<Integer> askedAbout = new ArrayList<>();
        ActivitiesNomisApi recording = (ActivitiesNomisApi) Proxy.newProxyInstance(
                ActivitiesNomisApi.class.getClassLoader(), new Class<?>[] {ActivitiesNomisApi.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prisonerDetails")) {
                        askedAbout.add(((List<?>) args[0]).size());
                    }
                    try {
                        return method.invoke(world.nomis, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        List<BookingComparison> compared = new PrisonCounts(recording, world.dps)
                .compare(ActivityCountKind.ALLOCATION, "MDI", ActivitiesWorld.TODAY);

        assertThat(askedAbout).containsExactly(1000, 1000, 345);
        assertThat(compared).hasSize(bookings).allSatisfy(c -> assertThat(c.nomisCount()).isZero());
    }
}
