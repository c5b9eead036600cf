package org.prisonsync.core.visits;

import java.util.List;
import java.util.Optional;

/**
 * The room mappings a visits migration needs for future visits (upstream's
 * {@code /prison/{prisonId}/room/nomis-room-id/{nomisRoomDescription}}).
 *
 * <p>Contract: one mapping per (prison, NOMIS room description). {@link #create} returns false, changing nothing,
 * when that room is mapped already. Lookups are empty when absent; {@link #forPrison} is ordered by description.
 * Store failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface VisitRoomMappings {

    Optional<VisitRoomMapping> find(String prisonId, String nomisRoomDescription);

    boolean create(VisitRoomMapping mapping);

    /** False if there was none. */
    boolean delete(String prisonId, String nomisRoomDescription);

    List<VisitRoomMapping> forPrison(String prisonId);
}
