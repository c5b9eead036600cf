package org.prisonsync.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat channel's incoming webhook on loopback, as the operator alerts' tests need one: it keeps each post's text
 * and answers every post with {@code status} after {@code delay} (a slow, failing webhook when asked).
 */
final class LocalChatReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<String> posts = new CopyOnWriteArrayList<>();

    private LocalChatReceiver(int status, Duration delay) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/alerts", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            posts.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)).get("text").asText());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    static LocalChatReceiver answering(int status, Duration delay) {
        return new LocalChatReceiver(status, delay);
    }

    /** The embedded service's variables, posting to this receiver and gathering alerts for one second. */
    Map<String, String> serviceEnv(Path data) {
        Map<String, String> env = new HashMap<>(ServiceFixture.embeddedEnv(data));
        env.put("ALERTS_WEBHOOK_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/alerts");
        env.put("ALERTS_WINDOW_SECONDS", "1");
        return env;
    }

    List<String> posts() {
        return posts;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
