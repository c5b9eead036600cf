package org.prisonsync.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.MappedId;

/**
 * A create's claim and its mapping lookup in one round trip on PostgreSQL ({@link JdbiMappingStore#claimUnlessMapped}):
 * {@code claimed} when this call inserted the claim, {@code mapped} when the lookup that followed it found the
 * mapping. Neither: a claim on the key was there already.
 */
record FirstLook(boolean claimed, boolean mapped) {

    /**
     * Two statements in one prepared call, which the PostgreSQL driver sends together and the server runs in one
     * implicit transaction; each takes its own snapshot. Plain JDBC, since Jdbi reads one result per statement.
     */
    private static final String DPS = sql("dps_id");
    private static final String NOMIS = sql("nomis_id");

    private static String sql(String idColumn) {
        String mapped = " from mapping where entity_type = ? and " + idColumn + " = ?";
        return "insert into write_claim (entity_type, source_id, owner, lease_until, attempts)"
                + " select cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as timestamp), 1"
                + " where not exists (select 1" + mapped + ")"
                + " on conflict (entity_type, source_id) do nothing;"
                + " select 1" + mapped;
    }

    static FirstLook take(Connection connection, MappedId id, ClaimKey key, String owner, Instant until)
            throws SQLException {
        String sql = id.side() == MappedId.Side.DPS ? DPS : NOMIS;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key.entityType());
            statement.setString(2, key.sourceId());
            statement.setString(3, owner);
            statement.setObject(4, UtcTimestamps.local(until));
            statement.setString(5, id.entityType());
            statement.setString(6, id.id());
            statement.setString(7, id.entityType());
            statement.setString(8, id.id());
            statement.execute();
            boolean claimed = statement.getUpdateCount() == 1;
            if (!statement.getMoreResults()) {
                throw new SQLException("the mapping lookup after the claim returned no result");
            }
            try (ResultSet found = statement.getResultSet()) {
                return new FirstLook(claimed, found.next());
            }
        }
    }
}
