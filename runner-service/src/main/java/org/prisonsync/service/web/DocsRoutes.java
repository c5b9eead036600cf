package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.prisonsync.core.operation.Operation;

/**
 * Serves our OpenAPI document (from the openapi-specs module, with an entry generated for every operation descriptor:
 * {@link OperationDocument}) and a Swagger UI page over it.
 */
public final class DocsRoutes implements Routes {
    static final String SPEC = "/openapi/prison-sync-service.yaml";

    private final List<Operation> operations;
    private String document;

    public DocsRoutes(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /**
     * The document, built once on first use. Not at start: merging it takes about 0.8 s of a start that must answer
     * /health within 3 s, so the service builds it just after it is ready ({@link #prepare}); a descriptor the
     * document cannot take fails that build in the log at once, and the contract test reads it on every build.
     */
    public synchronized String document() {
        if (document == null) {
            document = OperationDocument.merge(resource(SPEC), operations);
        }
        return document;
    }

    /** Builds the document now, on a daemon thread, so its first reader does not wait; a failure is logged. */
    public void prepare() {
        Thread thread = new Thread(() -> {
            try {
                document();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(DocsRoutes.class).error("the OpenAPI document cannot be built", e);
            }
        }, "openapi-document");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(document()));
        routes.get("/swagger-ui", ctx -> ctx.html(resource("/public/docs.html")));
    }

    static String resource(String path) {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
