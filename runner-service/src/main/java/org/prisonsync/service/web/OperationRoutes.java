package org.prisonsync.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.InvalidParameterException;
import org.prisonsync.core.operation.Location;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Params;
import org.prisonsync.service.security.Roles;

/**
 * One route per operation descriptor, with no hand-written route class: the path and method it declares, its
 * parameters read strictly ({@link Params}: unknown query parameters and body fields, a second {@code dryRun}, a
 * value of the wrong type are 400 problems naming the parameter), a JSON body read by {@link JsonBodies} when the
 * operation takes one and refused when it takes none, and its {@link Answer} as status and JSON. Each route's role
 * is added to the security table ({@link #roles}), and {@link OperationDocument} documents each one.
 */
public final class OperationRoutes implements Routes {
    private final List<Operation> operations;
    private final JsonBodies bodies;

    public OperationRoutes(List<Operation> operations, ObjectMapper json) {
        this.operations = List.copyOf(operations);
        this.bodies = new JsonBodies(json);
    }

    /** {@code base} plus the role of every operation on its own method and path, so each route is guarded. */
    public static Roles roles(Roles base, List<Operation> operations) {
        Roles roles = base;
        for (Operation op : operations) {
            roles = roles.withRouteRole(op.method(), op.path(), op.role());
        }
        return roles;
    }

    @Override
    public void register(RoutesConfig routes) {
        for (Operation op : operations) {
            Handler handler = ctx -> answer(ctx, op, op.handler().handle(read(op, ctx)));
            switch (op.method()) {
                case "GET" -> routes.get(op.path(), handler);
                case "POST" -> routes.post(op.path(), handler);
                case "PUT" -> routes.put(op.path(), handler);
                case "PATCH" -> routes.patch(op.path(), handler);
                case "DELETE" -> routes.delete(op.path(), handler);
                default -> throw new IllegalStateException("no route for method " + op.method());
            }
        }
    }

    private Params read(Operation op, Context ctx) {
        Map<String, Object> body;
        if (op.paramsAt(Location.BODY).isEmpty()) {
            JsonBodies.none(ctx);
            body = Map.of();
        } else {
            // A body whose fields are all optional may be left out altogether.
            boolean anyRequired = op.paramsAt(Location.BODY).stream().anyMatch(p -> p.required());
            body = !anyRequired && ctx.bodyAsBytes().length == 0 ? Map.of() : bodies.object(ctx);
            checkFields(op, body);
        }
        return Params.fromRequest(op.params(), ctx.pathParamMap(), ctx.queryParamMap(), body);
    }

    /**
     * A required JSON field that is missing (or null) is named in quotes, as the service's other bodies name their
     * fields ({@code field 'vsipId' is required}); {@link Params} then reads the values and refuses unknown fields.
     */
    private static void checkFields(Operation op, Map<String, Object> body) {
        op.paramsAt(Location.BODY).stream().filter(p -> p.required() && body.get(p.name()) == null).findFirst()
                .ifPresent(p -> {
                    throw new InvalidParameterException(p.name(), "field '" + p.name() + "' is required: "
                            + p.description());
                });
    }

    private static void answer(Context ctx, Operation op, Answer given) {
        // Nothing found is a 200 with its (empty) body over HTTP; only the command line answers it otherwise.
        Answer answer = given instanceof Answer.NothingFound none ? Answer.done(none.body()) : given;
        // Java 17 has no pattern switch; the answers are sealed, so the last branch is the only one left.
        if (answer instanceof Answer.Done done && op.httpText() != null && !acceptsJson(ctx)) {
            ctx.status(200).contentType("text/plain").result(op.httpText().render(done.body()));
        } else if (answer instanceof Answer.Done done) {
            json(ctx, 200, done.body());
        } else if (answer instanceof Answer.NoContent) {
            ctx.status(204);
        } else if (answer instanceof Answer.Created created) {
            json(ctx, 201, created.body());
        } else if (answer instanceof Answer.Accepted accepted) {
            json(ctx, 202, accepted.body());
        } else if (answer instanceof Answer.NotFound notFound) {
            refusal(ctx, 404, notFound.message(), notFound.body());
        } else {
            Answer.Conflict conflict = (Answer.Conflict) answer;
            refusal(ctx, 409, conflict.message(), conflict.body());
        }
    }

    private static boolean acceptsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json");
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).json(body == null ? Map.of() : body);
    }

    /** A refusal with a body of its own (a repair's report) answers that; without one, the problem body. */
    private static void refusal(Context ctx, int status, String message, Object body) {
        if (body != null) {
            ctx.status(status).json(body);
        } else {
            ctx.status(status).json(Problems.client(status, message));
        }
    }
}
