package org.prisonsync.sqs;

import java.net.URI;
import java.util.Objects;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * An in-process ElasticMQ speaking the SQS protocol: the embedded default for local runs and the server of the ITs.
 * Messages live in memory only. It binds to the given interface (loopback), never to ElasticMQ's default 0.0.0.0.
 */
public final class EmbeddedElasticMq implements AutoCloseable {

    private final SQSRestServer server;
    private final String host;
    private final int port;

    private EmbeddedElasticMq(SQSRestServer server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /** Starts a server on {@code host} ({@code 127.0.0.1}); port 0 picks a free port. Blocks until it listens. */
    public static EmbeddedElasticMq start(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        var builder = SQSRestServerBuilder.withInterface(host);
        builder = port == 0 ? builder.withDynamicPort() : builder.withPort(port);
        SQSRestServer server = builder.start();
        int bound = server.waitUntilStarted().localAddress().getPort();
        return new EmbeddedElasticMq(server, host, bound);
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://" + host + ":" + port);
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
