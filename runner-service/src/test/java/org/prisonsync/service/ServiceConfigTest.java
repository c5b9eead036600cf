package org.prisonsync.service;

import java.util.List;
import org.prisonsync.core.alerts.AlertsDomain;
import org.prisonsync.core.movements.MovementsDomain;
import org.prisonsync.core.visits.VisitsDomain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

    @Test
    void nothingSetIsTheEmbeddedDefaultOnFixedLoopbackAddresses() {
        ServiceConfig config = ServiceConfig.from(Map.of());
        assertThat(config.embedded()).isTrue();
        assertThat(config.sqs().endpoint()).hasToString("http://127.0.0.1:9324");
        assertThat(config.http().nomisApiUrl()).isEqualTo("http://127.0.0.1:8090");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.jdbc().url()).startsWith("jdbc:h2:file:").contains("AUTO_SERVER=TRUE");
        assertThat(config.authEnabled()).isFalse();
        assertThat(config.queues(List.of(VisitsDomain.TO_NOMIS, VisitsDomain.FROM_NOMIS, MovementsDomain.QUEUE,
                VisitsDomain.MIGRATION, AlertsDomain.TO_NOMIS, AlertsDomain.FROM_NOMIS))).extracting(q -> q.queueName()).containsExactly("prison-sync-to-nomis-visits",
                "prison-sync-from-nomis-visits", "prison-sync-movements", "prison-sync-migration-visits",
                "prison-sync-to-nomis-alerts", "prison-sync-from-nomis-alerts");
    }

    @Test
    void productionReadsQueuesDatabaseAndApisFromTheEnvironment() {
        ServiceConfig config = ServiceConfig.from(Map.of("PRISON_SYNC_MODE", "production",
                "HMPPS_SQS_QUEUES_TONOMISVISITS_QUEUE_NAME", "prod-visits",
                "HMPPS_SQS_QUEUES_TONOMISVISITS_DLQ_NAME", "prod-visits-dlq",
                "HMPPS_SQS_QUEUES_TONOMISVISITS_ERROR_VISIBILITY_TIMEOUT", "2, 20",
                "DATABASE_URL", "jdbc:postgresql://db:5432/sync", "NOMIS_API_URL", "https://nomis",
                "VISITS_API_URL", "https://visits", "HMPPS_AUTH_URL", "https://auth/token",
                "SYSTEM_CLIENT_SECRET", "s3cret"));
        assertThat(config.embedded()).isFalse();
        assertThat(config.sqs().endpoint()).isNull();
        assertThat(config.queue(VisitsDomain.TO_NOMIS).queueName()).isEqualTo("prod-visits");
        assertThat(config.queue(VisitsDomain.TO_NOMIS).dlqName()).isEqualTo("prod-visits-dlq");
        assertThat(config.queue(VisitsDomain.TO_NOMIS).ladder().toString()).isEqualTo("2, 20");
        assertThat(config.jdbc().url()).isEqualTo("jdbc:postgresql://db:5432/sync");
        assertThat(config.http().tokenUrl()).isEqualTo("https://auth/token");
        assertThat(config.authEnabled()).isTrue();
        assertThat(config.simulatorEnabled()).isFalse();
    }

    @Test
    void eachApiIsAtItsOwnVariableOrElseAtTheDefaultApiUrl() {
        ServiceConfig config = ServiceConfig.from(Map.of("VISITS_API_URL", "https://visits",
                "INCENTIVES_API_URL", "https://incentives", "DEFAULT_API_URL", "https://dps"));

        assertThat(config.http().apiUrl("visits")).isEqualTo("https://visits");
        assertThat(config.http().apiUrl("incentives")).isEqualTo("https://incentives");
        assertThat(config.http().apiUrl("alerts")).isEqualTo("https://dps");
        assertThat(ServiceConfig.from(Map.of("SIMULATOR_PORT", "8123")).http().apiUrl("prison"))
                .isEqualTo("http://127.0.0.1:8123");
    }

    @Test
    void pooledHttpConnectionsAreClosedAfterTenSecondsIdleUnlessTheEnvironmentSaysOtherwise() {
        assertThat(ServiceConfig.from(Map.of()).http().idleConnectionTimeout()).hasSeconds(10);
        assertThat(ServiceConfig.from(Map.of("API_IDLE_CONNECTION_TIMEOUT_SECONDS", "4")).http()
                .idleConnectionTimeout()).hasSeconds(4);
    }

    @Test
    void aClaimLeaseNotLongerThanTheApiTimeoutIsRefused() {
        assertThatThrownBy(() -> ServiceConfig.from(Map.of("SYNC_CLAIM_LEASE_SECONDS", "5", "API_TIMEOUT_MS", "5000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SYNC_CLAIM_LEASE_SECONDS");
    }

    @Test
    void byDefaultTokensMustComeFromTheSimulatorsIssuerWithASmallClockSkew() {
        ServiceConfig config = ServiceConfig.from(Map.of("SIMULATOR_PORT", "8123"));
        assertThat(config.auth().jwksUrl()).isEqualTo("http://127.0.0.1:8123/auth/.well-known/jwks.json");
        assertThat(config.auth().issuer()).isEqualTo("http://127.0.0.1:8123/auth/issuer");
        assertThat(config.auth().clockSkew()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theIssuerAndClockSkewComeFromTheEnvironment() {
        ServiceConfig config = ServiceConfig.from(Map.of("AUTH_ISSUER", "https://sign-in.example/auth/issuer",
                "AUTH_CLOCK_SKEW_SECONDS", "5"));
        assertThat(config.auth().issuer()).isEqualTo("https://sign-in.example/auth/issuer");
        assertThat(config.auth().clockSkew()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aClockSkewThatWouldKeepExpiredTokensAliveIsRefused() {
        assertThatThrownBy(() -> ServiceConfig.from(Map.of("AUTH_CLOCK_SKEW_SECONDS", "3600")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AUTH_CLOCK_SKEW_SECONDS");
        assertThatThrownBy(() -> ServiceConfig.from(Map.of("AUTH_CLOCK_SKEW_SECONDS", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AUTH_CLOCK_SKEW_SECONDS");
    }

    @Test
    void badNumbersNameTheVariable() {
        assertThatThrownBy(() -> ServiceConfig.from(Map.of("SERVER_PORT", "eighty")))
                .hasMessageContaining("SERVER_PORT");
    }

    @Test
    void theDataFolderIsWhereH2LivesAndAbsentWithADatabaseUrl() {
        assertThat(ServiceConfig.from(Map.of()).common().dataDir()).contains(java.nio.file.Path.of("data"));
        assertThat(ServiceConfig.from(Map.of("PRISON_SYNC_DATA_DIR", "/var/sync")).common().dataDir())
                .contains(java.nio.file.Path.of("/var/sync"));
        assertThat(ServiceConfig.from(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/sync")).common().dataDir())
                .isEmpty();
    }
}
