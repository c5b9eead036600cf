package org.prisonsync.sqs;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorSystem;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * An in-process ElasticMQ speaking the SQS protocol: the embedded default for local runs and the server of the ITs.
 * Messages live in memory only. It binds to the given interface (loopback), never to ElasticMQ's default 0.0.0.0.
 *
 * <p>It owns the Pekko actor system ElasticMQ runs on. Left to itself, ElasticMQ makes one and terminates it only after
 * unbinding a server that started: a bind that fails (the port taken) left that system's non-daemon threads running
 * with nothing to stop them, and the JVM alive after the start had failed.
 */
public final class EmbeddedElasticMq implements AutoCloseable {
    private static final long TERMINATION_SECONDS = 10;

    private final ActorSystem actorSystem;
    private final SQSRestServer server;
    private final String host;
    private final int port;

    private EmbeddedElasticMq(ActorSystem actorSystem, SQSRestServer server, String host, int port) {
        this.actorSystem = actorSystem;
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts a server on {@code host} ({@code 127.0.0.1}); port 0 picks a free port. Blocks until it listens. A port
     * already in use fails with an {@link UncheckedIOException} naming it (its cause the {@link BindException}), any
     * other failure with an {@link IllegalStateException}; either way nothing ElasticMQ started is left running.
     */
    public static EmbeddedElasticMq start(String host, int port) {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        ActorSystem actorSystem = ActorSystem.create("elasticmq");
        try {
            var builder = SQSRestServerBuilder.withActorSystem(actorSystem).withInterface(host);
            builder = port == 0 ? builder.withDynamicPort() : builder.withPort(port);
            SQSRestServer server = builder.start();
            int bound = server.waitUntilStarted().localAddress().getPort();
            return new EmbeddedElasticMq(actorSystem, server, host, bound);
        } catch (RuntimeException | Error e) {
            terminate(actorSystem);
            BindException bind = bindFailure(e);
            if (bind != null) {
                UncheckedIOException inUse = new UncheckedIOException(
                        "cannot start the embedded ElasticMQ: port " + port + " on " + host + " is in use", bind);
                inUse.addSuppressed(e);
                throw inUse;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot start the embedded ElasticMQ on " + host + ":" + port + ": " + e,
                    e);
        }
    }

    /** The {@link BindException} somewhere in the causes (Pekko wraps it in its own stream exception), else null. */
    private static BindException bindFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }

    private static void terminate(ActorSystem actorSystem) {
        actorSystem.terminate();
        try {
            actorSystem.getWhenTerminated().toCompletableFuture().get(TERMINATION_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // terminate() has been asked: the threads go when the actors stop, and there is nothing more to do here
        }
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://" + host + ":" + port);
    }

    @Override
    public void close() {
        try {
            server.stopAndWait();
        } finally {
            // ElasticMQ leaves an actor system it was given running: it is ours to stop
            terminate(actorSystem);
        }
    }
}
