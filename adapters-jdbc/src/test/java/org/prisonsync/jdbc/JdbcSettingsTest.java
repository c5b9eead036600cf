package org.prisonsync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcSettingsTest {

    @Test
    void anH2FileUrlIsAbsoluteSharedAndSpeaksPostgres() {
        JdbcSettings settings = JdbcSettings.h2File(Path.of("data/sync"));

        assertThat(settings.url()).isEqualTo("jdbc:h2:file:" + Path.of("data/sync").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        assertThat(settings.schema()).isNull();
    }

    @Test
    void anH2FileNamedWithItsMvDbSuffixPointsAtTheSameDatabase() {
        assertThat(JdbcSettings.h2File(Path.of("/tmp/sync.mv.db")).url())
                .isEqualTo(JdbcSettings.h2File(Path.of("/tmp/sync")).url());
    }

    @Test
    void anH2MemoryDatabaseOutlivesItsConnections() {
        assertThat(JdbcSettings.h2Memory("sync").url()).isEqualTo("jdbc:h2:mem:sync;DB_CLOSE_DELAY=-1"
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void withSchemaKeepsEverythingElse() {
        JdbcSettings base = JdbcSettings.postgres("jdbc:postgresql://db/sync", "sync", "secret");

        JdbcSettings scoped = base.withSchema("visits_sync");

        assertThat(scoped).isEqualTo(new JdbcSettings(base.url(), "sync", "secret", base.maxPoolSize(), "visits_sync"));
    }

    @Test
    void aSchemaNameThatIsNotAPlainLowerCaseIdentifierIsRejected() {
        JdbcSettings base = JdbcSettings.h2Memory("x");

        assertThatThrownBy(() -> base.withSchema("Sync")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withSchema("a; drop table mapping")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withSchema("1abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPoolNeedsAtLeastOneConnection() {
        assertThatThrownBy(() -> JdbcSettings.h2Memory("x").withMaxPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePasswordStaysOutOfToString() {
        assertThat(JdbcSettings.postgres("jdbc:postgresql://db/sync", "sync", "s3cr3t").toString())
                .doesNotContain("s3cr3t")
                .contains("jdbc:postgresql://db/sync");
    }
}
