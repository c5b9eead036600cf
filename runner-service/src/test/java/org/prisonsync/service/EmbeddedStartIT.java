package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.telemetry.Telemetry;

/** What the embedded default's start does with what it finds: a port already taken, a data folder kept from before. */
class EmbeddedStartIT {
    @TempDir
    Path data;

    @Test
    void aTakenSqsPortFailsTheStartNamingThePortAndTheSettingThatMovesIt() throws Exception {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        int sqsPort = Integer.parseInt(env.get("EMBEDDED_SQS_PORT"));
        try (ServerSocket holder = holding(sqsPort)) {
            assertThatThrownBy(() -> PrisonSyncService.start(ServiceConfig.from(env), Telemetry.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + sqsPort)
                    .hasMessageContaining("is in use")
                    .hasMessageContaining("EMBEDDED_SQS_PORT");
        }
    }

    /**
     * The process, not only the start: before, ElasticMQ's actor system outlived the failed bind and kept a JVM that
     * would never serve alive. {@link ServiceMain} must end it with exit code 1 and the reason on stderr.
     */
    @Test
    void aProcessWhoseStartFailsExitsWithOneAndSaysWhy() throws Exception {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        int sqsPort = Integer.parseInt(env.get("EMBEDDED_SQS_PORT"));
        try (ServerSocket holder = holding(sqsPort)) {
            Path stderr = data.resolve("stderr.txt");
            ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), ServiceMain.class.getName())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile());
            launch.environment().putAll(env);
            Process process = launch.start();
            try {
                assertThat(process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS))
                        .as("the process ended by itself").isTrue();
                assertThat(process.exitValue()).isEqualTo(ServiceMain.START_FAILED_EXIT);
                assertThat(Files.readString(stderr)).contains("prison-sync-service: cannot start:")
                        .contains("port " + sqsPort).contains("EMBEDDED_SQS_PORT");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void theSimulatorsSigningKeyIsMadeOnTheFirstStartAndReusedByTheNext() throws Exception {
        Path keyFile = data.resolve(EmbeddedInfrastructure.SIGNING_KEY_FILE);
        String kept;
        try (PrisonSyncService first = ServiceFixture.startEmbedded(data, Telemetry.NONE)) {
            assertThat(keyFile).exists();
            kept = Files.readString(keyFile);
            assertThat(jwks(first)).contains(kid(kept));
        }
        try (PrisonSyncService second = ServiceFixture.startEmbedded(data, Telemetry.NONE)) {
            assertThat(Files.readString(keyFile)).isEqualTo(kept);
            assertThat(jwks(second)).contains(kid(kept));
        }
    }

    /** Another process's listener on {@code port}, as the service would find it. */
    private static ServerSocket holding(int port) throws java.io.IOException {
        ServerSocket holder = new ServerSocket();
        holder.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        return holder;
    }

    private static String kid(String jwk) throws Exception {
        return com.nimbusds.jose.jwk.RSAKey.parse(jwk).getKeyID();
    }

    private static String jwks(PrisonSyncService service) throws Exception {
        String base = service.simulator().orElseThrow().baseUrl();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/auth/.well-known/jwks.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
