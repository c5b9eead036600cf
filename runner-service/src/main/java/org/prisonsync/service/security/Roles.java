package org.prisonsync.service.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table of who may call what: the paths open without a token, and the upstream role each endpoint group
 * needs (see the reference notes). A path no rule covers is {@link Access.Denied}: routes deny by default.
 *
 * <p>Patterns are literal — an exact path, or a prefix ending in {@code /*} — so a route's template
 * ({@code /prisoners/{offenderNo}/…}) and every concrete path it serves get the same answer, which lets a test
 * check the table against the routes the server registers. Open paths are exact: an open prefix could open a route
 * added under it later.
 *
 * <p>A route generated from an operation descriptor brings its own role ({@link #withRouteRole}): it is matched by
 * method and path template before the table, so an operation under {@code /prisoners} may need another role than the
 * group's. The static {@link #accessFor(String)} is the table alone.
 */
public final class Roles {
    public static final String QUEUE_ADMIN = "ROLE_SYSCON__QUEUE_ADMIN";
    public static final String RECONCILIATION = "ROLE_DPS_RECONCILIATION__RW";
    public static final String MIGRATION = "ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW";
    public static final String TO_NOMIS_UPDATE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    public static final String MAPPINGS = "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW";

    private static final Access OPEN = new Access.Open();
    private static final Access DENIED = new Access.Denied();

    private static final List<Rule> RULES = List.of(
            open("/health"), open("/health/ping"), open("/health/liveness"), open("/health/readiness"),
            open("/info"), open("/metrics"), open("/openapi.yaml"), open("/swagger-ui"),
            // Swagger UI's scripts and styles, served from the classpath: static files, no handler behind them.
            open("/webjars/*"),
            // The console's page, script, styles and catalogue: no data, only what the OpenAPI document shows;
            // every panel then calls the API below with the operator's token.
            open("/console"), open("/console/app.js"), open("/console/app.css"), open("/console/catalogue"),
            role("/queue-admin/*", QUEUE_ADMIN),
            role("/reconciliation/*", RECONCILIATION),
            role("/migrate/*", MIGRATION),
            role("/prisoners/*", TO_NOMIS_UPDATE),
            role("/mappings/*", MAPPINGS));

    private final List<RouteRole> routeRoles;

    private Roles(List<RouteRole> routeRoles) {
        this.routeRoles = List.copyOf(routeRoles);
    }

    /** The table alone, with no route of its own. */
    public static Roles standard() {
        return new Roles(List.of());
    }

    /** These roles plus one route's: {@code method} on {@code pathTemplate} ({@code /a/{b}}) needs {@code role}. */
    public Roles withRouteRole(String method, String pathTemplate, String role) {
        List<RouteRole> more = new ArrayList<>(routeRoles);
        more.add(new RouteRole(method, normalise(pathTemplate).split("/", -1), new Access.NeedsRole(role)));
        return new Roles(more);
    }

    /** What a request (or a route: its method and path template) asks of the caller. */
    public Access access(String method, String path) {
        String[] segments = normalise(path).split("/", -1);
        return routeRoles.stream().filter(r -> r.matches(method, segments)).map(RouteRole::access).findFirst()
                .orElseGet(() -> accessFor(path));
    }

    /** What a request path (or a route's path template) asks of the caller, by the table alone. */
    public static Access accessFor(String path) {
        String normalised = normalise(path);
        return RULES.stream().filter(r -> r.matches(normalised)).map(Rule::access).findFirst().orElse(DENIED);
    }

    /** Javalin serves "/health/" as "/health" (trailing slashes are ignored), so the rules must see it so too. */
    private static String normalise(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Rule open(String pattern) {
        return new Rule(pattern, OPEN);
    }

    private static Rule role(String pattern, String role) {
        return new Rule(pattern, new Access.NeedsRole(role));
    }

    /** One generated route's role: a {@code {name}} segment of its template matches any one non-empty segment. */
    private record RouteRole(String method, String[] template, Access access) {
        boolean matches(String requestMethod, String[] segments) {
            if (!method.equalsIgnoreCase(requestMethod) || segments.length != template.length) {
                return false;
            }
            for (int i = 0; i < template.length; i++) {
                boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
                if (variable ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Rule(String pattern, Access access) {
        boolean matches(String path) {
            return pattern.endsWith("/*") ? path.startsWith(pattern.substring(0, pattern.length() - 1))
                    : path.equals(pattern);
        }
    }
}
