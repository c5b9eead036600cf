package org.prisonsync.jdbc;

import org.junit.jupiter.api.extension.ExtendWith;
import org.prisonsync.core.contract.EventTrailContract;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.jdbc.trail.TrailJdbcAdapters;

/** {@link EventTrailContract} on the JDBC adapter, on the database each subclass names with {@code @OnDatabase}. */
@ExtendWith(ClassDatabase.class)
abstract class JdbcEventTrailContract extends EventTrailContract {
    @Override
    protected EventTrail newTrail() {
        return TrailJdbcAdapters.trail(ClassDatabase.of(this).emptied("event_trail"));
    }
}
