package org.prisonsync.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.prisonsync.core.mapping.Mapping;

/** A {@code mapping} row as the core record. */
public final class MappingRowMapper implements RowMapper<Mapping> {
    public static final String COLUMNS =
            "entity_type, nomis_id, dps_id, prisoner_number, mapping_type, label, when_created";

    @Override
    public Mapping map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Mapping(rs.getString("entity_type"), rs.getString("nomis_id"), rs.getString("dps_id"),
                rs.getString("prisoner_number"), rs.getString("mapping_type"), rs.getString("label"),
                UtcTimestamps.read(rs.getObject("when_created", LocalDateTime.class)));
    }
}
