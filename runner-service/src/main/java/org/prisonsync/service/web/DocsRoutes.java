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

    private final String document;

    public DocsRoutes(List<Operation> operations) {
        // Built once at start: a descriptor the document cannot take fails the start, not the first reader.
        this.document = OperationDocument.merge(resource(SPEC), operations);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(document));
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
