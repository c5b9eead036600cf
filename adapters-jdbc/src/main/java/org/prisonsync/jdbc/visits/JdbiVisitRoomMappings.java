package org.prisonsync.jdbc.visits;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.prisonsync.core.visits.VisitRoomMapping;
import org.prisonsync.core.visits.VisitRoomMappings;
import org.prisonsync.jdbc.internal.SqlFailures;

/** Visit room mappings on {@code visit_room_mapping}; the primary key keeps one per prison and NOMIS room. */
final class JdbiVisitRoomMappings implements VisitRoomMappings {
    private static final String COLUMNS = "prison_id, nomis_room_description, vsip_id, is_open";
    private static final RowMapper<VisitRoomMapping> ROWS = (rs, ctx) -> new VisitRoomMapping(
            rs.getString("prison_id"), rs.getString("nomis_room_description"), rs.getString("vsip_id"),
            rs.getBoolean("is_open"));

    private final Jdbi jdbi;

    JdbiVisitRoomMappings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<VisitRoomMapping> find(String prisonId, String nomisRoomDescription) {
        return SqlFailures.withHandle(jdbi, "finding a visit room mapping",
                handle -> handle.createQuery("select " + COLUMNS + " from visit_room_mapping"
                        + " where prison_id = :prison and nomis_room_description = :room")
                .bind("prison", prisonId)
                .bind("room", nomisRoomDescription)
                .map(ROWS)
                .findOne());
    }

    @Override
    public boolean create(VisitRoomMapping mapping) {
        return SqlFailures.insertUnlessTaken(jdbi, "creating a visit room mapping", handle -> handle.createUpdate(
                        "insert into visit_room_mapping (" + COLUMNS + ") values (:prison, :room, :vsip, :open)")
                .bind("prison", mapping.prisonId())
                .bind("room", mapping.nomisRoomDescription())
                .bind("vsip", mapping.vsipId())
                .bind("open", mapping.isOpen())
                .execute());
    }

    @Override
    public boolean delete(String prisonId, String nomisRoomDescription) {
        return SqlFailures.withHandle(jdbi, "deleting a visit room mapping", handle -> handle.createUpdate(
                        "delete from visit_room_mapping where prison_id = :prison and nomis_room_description = :room")
                .bind("prison", prisonId)
                .bind("room", nomisRoomDescription)
                .execute()) > 0;
    }

    @Override
    public List<VisitRoomMapping> forPrison(String prisonId) {
        return SqlFailures.withHandle(jdbi, "listing visit room mappings", handle -> handle.createQuery(
                        "select " + COLUMNS + " from visit_room_mapping where prison_id = :prison"
                                + " order by nomis_room_description")
                .bind("prison", prisonId)
                .map(ROWS)
                .list());
    }
}
