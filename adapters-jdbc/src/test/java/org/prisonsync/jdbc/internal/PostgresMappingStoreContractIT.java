package org.prisonsync.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prisonsync.jdbc.OnDatabase.Kind.POSTGRES;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.mapping.MappingTypes;
import org.prisonsync.core.mapping.WriteClaims;
import org.prisonsync.jdbc.JdbcAdapters;
import org.prisonsync.jdbc.OnDatabase;

@OnDatabase(POSTGRES)
class PostgresMappingStoreContractIT extends JdbcMappingStoreContract {

    /** The everyday create's last step is one round trip: the mapping's insert carries the claim's release. */
    @Test
    void savingAMappingAndReleasingItsClaimIsOneStatement() {
        MappingStore store = newStore(Clock.systemUTC());
        WriteClaims claims = claimsBeside();
        ClaimKey key = new ClaimKey("VISIT", "d-1");
        claims.claim(key, "consumer-a", Instant.now(), Duration.ofMinutes(5));
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        SqlStatements config = database().jdbi().getConfig(SqlStatements.class);
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.add(context.getRenderedSql());
            }

            @Override
            public void logException(StatementContext context, SQLException ex) {
                statements.add("failed: " + context.getRenderedSql());
            }
        });
        try {
            store.saveReleasing(Mapping.of("VISIT", "n-1", "d-1", "A1234BC", MappingTypes.NOMIS_CREATED), claims, key);
        } finally {
            config.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }

        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).startsWith("with released as (delete from write_claim");
        assertThat(claims.outstanding(key)).isFalse();
        assertThat(JdbcAdapters.mappingStore(database(), Clock.systemUTC()).findByDpsId("VISIT", "d-1")).isPresent();
    }
}
