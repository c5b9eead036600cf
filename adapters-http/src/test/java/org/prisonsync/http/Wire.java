package org.prisonsync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** Test helpers for scripting MockWebServer answers and reading what the client sent. */
public final class Wire {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Wire() {
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    public static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    public static MockResponse token(String accessToken, long expiresIn) {
        return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"bearer\",\"expires_in\":"
                + expiresIn + ",\"scope\":\"read write\"}");
    }

    public static JsonNode body(RecordedRequest request) {
        try {
            return MAPPER.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback URL nothing listens on: the port was free a moment ago and is closed again. */
    public static String deadUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
