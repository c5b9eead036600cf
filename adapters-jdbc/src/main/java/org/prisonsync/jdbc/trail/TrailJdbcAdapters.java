package org.prisonsync.jdbc.trail;

import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.jdbc.Database;

/** The public way to the event trail's store without Dagger; the implementation stays package-private. */
public final class TrailJdbcAdapters {
    private TrailJdbcAdapters() {
    }

    public static EventTrail trail(Database database) {
        return new JdbiEventTrail(database.jdbi(), database.isPostgres());
    }
}
