package org.prisonsync.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.ClassDatabase;
import org.prisonsync.jdbc.Database;
import org.prisonsync.jdbc.JdbcAdapters;
import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresWriteClaimsContractIT extends JdbcWriteClaimsContract {

    /**
     * Releases commit without waiting for the WAL flush; the setting must end with their transaction, or the
     * pooled connection would carry it into the next mapping save, the one commit that must be flushed.
     */
    @Test
    void releasingClaimsLeavesEveryPooledConnectionFlushingItsCommits() {
        Database database = ClassDatabase.of(this).emptied("mapping", "write_claim");
        WriteClaims claims = JdbcAdapters.writeClaims(database);
        for (int i = 0; i < 20; i++) {
            ClaimKey one = new ClaimKey("VISIT", "one-" + i);
            ClaimKey two = new ClaimKey("VISIT", "two-" + i);
            claims.claim(one, "me", Instant.now(), Duration.ofSeconds(5));
            claims.claim(two, "me", Instant.now(), Duration.ofSeconds(5));
            claims.complete(one);
            claims.completeAll(List.of(two));
            assertThat(claims.outstanding(one)).isFalse();
            assertThat(claims.outstanding(two)).isFalse();
        }

        List<Handle> pooled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                pooled.add(database.jdbi().open());
            }
            Set<String> settings = new java.util.HashSet<>();
            for (Handle handle : pooled) {
                settings.add(handle.createQuery("show synchronous_commit").mapTo(String.class).one());
            }
            assertThat(settings).containsExactly("on");
        } finally {
            pooled.forEach(Handle::close);
        }
    }
}
