package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's control document sends a reader to where the embedded default really runs the simulator. */
class SimulatorControlDocumentTest {

    @Test
    void theDocumentedServerIsTheEmbeddedDefaultSimulatorAddress() throws IOException {
        OpenAPI document;
        try (InputStream in = getClass().getResourceAsStream("/openapi/simulator-control.yaml")) {
            document = new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getOpenAPI();
        }

        assertThat(document.getServers()).extracting(Server::getUrl)
                .containsExactly("http://127.0.0.1:" + ServiceConfig.DEFAULT_SIMULATOR_PORT);
        assertThat(ServiceConfig.from(Map.of()).simulatorPort())
                .isEqualTo(ServiceConfig.DEFAULT_SIMULATOR_PORT);
    }
}
