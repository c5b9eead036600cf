package org.prisonsync.service.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict query parameters for the endpoints that write: a flag is exactly {@code true} or {@code false}, given at
 * most once, and a parameter the endpoint does not take is refused. A value the service does not understand
 * ({@code dryRun=1}, {@code dryRun=yes}, a misspelt {@code dryrun=true}) is a 400, never read as "write".
 */
final class QueryParams {
    private QueryParams() {
    }

    /** Refuses any query parameter not in {@code allowed}. */
    static void only(Context ctx, String... allowed) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(List.of(allowed));
        if (!unknown.isEmpty()) {
            throw ClientError.badRequest("unknown query parameter(s) " + String.join(", ", unknown)
                    + "; this endpoint takes " + (allowed.length == 0 ? "none" : String.join(", ", allowed)));
        }
    }

    /** {@code true} or {@code false}; {@code absent} when the parameter is not given; 400 for anything else. */
    static boolean flag(Context ctx, String name, boolean absent) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return absent;
        }
        if (values.size() > 1) {
            throw ClientError.badRequest(name + " is given " + values.size() + " times; give it once");
        }
        return switch (values.get(0)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ClientError.badRequest(name + " must be true or false, not '" + values.get(0) + "'");
        };
    }
}
