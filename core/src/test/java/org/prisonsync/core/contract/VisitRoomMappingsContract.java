package org.prisonsync.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitRoomMappings;

/** The {@link VisitRoomMappings} contract; subclasses return a fresh, empty store per test. */
public abstract class VisitRoomMappingsContract {
    private VisitRoomMappings rooms;

    protected abstract VisitRoomMappings newRooms();

    @BeforeEach
    void createStore() {
        rooms = newRooms();
    }

    @Test
    void aCreatedMappingIsFoundByPrisonAndRoomDescription() {
        VisitRoomMapping social = new VisitRoomMapping("MDI", "MDI-VISITS-SOC_VIS", "Visits Main Hall", true);

        assertThat(rooms.create(social)).isTrue();

        assertThat(rooms.find("MDI", "MDI-VISITS-SOC_VIS")).contains(social);
        assertThat(rooms.find("LEI", "MDI-VISITS-SOC_VIS")).isEmpty();
        assertThat(rooms.find("MDI", "MDI-VISITS-OFF_VIS")).isEmpty();
    }

    @Test
    void creatingAMappedRoomAgainChangesNothing() {
        rooms.create(new VisitRoomMapping("MDI", "MDI-VISITS-SOC_VIS", "Hall", true));

        assertThat(rooms.create(new VisitRoomMapping("MDI", "MDI-VISITS-SOC_VIS", "Closed room", false))).isFalse();

        assertThat(rooms.find("MDI", "MDI-VISITS-SOC_VIS")).get().extracting(VisitRoomMapping::vsipId)
                .isEqualTo("Hall");
    }

    @Test
    void forPrisonListsThatPrisonsRoomsByDescription() {
        VisitRoomMapping b = new VisitRoomMapping("MDI", "MDI-B", "Room B", false);
        VisitRoomMapping a = new VisitRoomMapping("MDI", "MDI-A", "Room A", true);
        rooms.create(b);
        rooms.create(a);
        rooms.create(new VisitRoomMapping("LEI", "LEI-A", "Leeds A", true));

        assertThat(rooms.forPrison("MDI")).containsExactly(a, b);
        assertThat(rooms.forPrison("BXI")).isEmpty();
    }

    @Test
    void deleteRemovesTheMappingAndSaysWhetherThereWasOne() {
        rooms.create(new VisitRoomMapping("MDI", "MDI-A", "Room A", true));

        assertThat(rooms.delete("MDI", "MDI-A")).isTrue();
        assertThat(rooms.delete("MDI", "MDI-A")).isFalse();
        assertThat(rooms.find("MDI", "MDI-A")).isEmpty();
    }
}
