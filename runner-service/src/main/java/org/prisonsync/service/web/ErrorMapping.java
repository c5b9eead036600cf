package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.prisonsync.core.UpstreamRejected;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.queue.UnknownQueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer of the service is the upstream JSON problem body: our refusals ({@link ClientError},
 * {@link IllegalArgumentException}, an operation's {@link InvalidParameterException}), Javalin's (unknown path 404,
 * wrong method 405 with {@code Allow}, body too large 413), Jetty's before a handler runs ({@link JsonErrorHandler})
 * and while a body is read (a bad chunk), and any failure (500, details in the log only). Client errors are logged at
 * DEBUG without a stack; server errors at ERROR with it.
 */
final class ErrorMapping {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void register(JavalinConfig cfg, ObjectMapper json, long maxBodyBytes) {
        cfg.http.prefer405over404 = true;
        cfg.http.maxRequestSize = maxBodyBytes;
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler(json));
            // Refuses a declared Content-Length over the limit before reading it, and a chunked body once over it.
            server.insertHandler(new SizeLimitHandler(maxBodyBytes, -1));
        });
        cfg.routes.exception(ClientError.class, (e, ctx) -> client(ctx, e.status(), e.getMessage()));
        cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> client(ctx, 400, e.getMessage()));
        cfg.routes.exception(InvalidParameterException.class, (e, ctx) -> client(ctx, 400, e.getMessage()));
        cfg.routes.exception(UnknownQueueException.class, (e, ctx) -> client(ctx, 404, e.getMessage()));
        cfg.routes.exception(HttpResponseException.class, ErrorMapping::javalin);
        cfg.routes.exception(UpstreamUnavailable.class, (e, ctx) -> upstream(ctx, 503, e));
        cfg.routes.exception(UpstreamRejected.class, (e, ctx) -> upstream(ctx, 502, e));
        cfg.routes.exception(Exception.class, ErrorMapping::unexpected);
    }

    private static void client(Context ctx, int status, String message) {
        log.debug("{} {} refused with {}: {}", ctx.method(), ctx.path(), status, message);
        ctx.status(status).json(Problems.client(status, message));
    }

    /** Javalin's own refusals: no route (404), another method's route (405), a body over the limit (413). */
    private static void javalin(HttpResponseException e, Context ctx) {
        if (e.getStatus() >= 500) {
            unexpected(e, ctx);
            return;
        }
        String message = e.getMessage();
        if (e instanceof MethodNotAllowedResponse) {
            String allowed = e.getDetails().getOrDefault("availableMethods",
                    e.getDetails().getOrDefault("Available methods", ""));
            ctx.header("Allow", allowed);
            message = ctx.method() + " is not allowed on " + ctx.path() + "; it takes " + allowed;
        } else if (e.getStatus() == 404) {
            message = "No endpoint " + ctx.method() + " " + ctx.path();
        }
        client(ctx, e.getStatus(), message);
    }

    /** An upstream system failed: the message is ours (which system, what it answered) and names no class. */
    private static void upstream(Context ctx, int status, RuntimeException e) {
        log.warn("{} {} failed upstream: {}", ctx.method(), ctx.path(), e.getMessage());
        String text = Problems.safe(status, e.getMessage());
        ctx.status(status).json(new ErrorResponse(status, text, text));
    }

    /** Jetty refusing what the client sent while it is read (a bad chunk, a body over the limit), or a fault. */
    private static void unexpected(Exception e, Context ctx) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                client(ctx, http.getCode(), http.getReason());
                return;
            }
        }
        log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
        ctx.status(500).json(Problems.server(500, ctx.method().name(), ctx.path()));
    }
}
