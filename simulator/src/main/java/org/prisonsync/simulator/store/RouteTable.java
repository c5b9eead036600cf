package org.prisonsync.simulator.store;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;

/**
 * A domain's upstream routes declared as data: the method, the real path template and what the route does against
 * the domain's state (find one, list a group, create, update) or, where real semantics matter (bookings, merges), a
 * hook the domain writes by hand. Every route is registered behind the {@link Guard} under its logical key
 * {@code "METHOD /path/template"}, so auth and fault injection apply to a table route exactly as to a hand-written
 * one, and the keys are the domain's {@code faultableRoutes()}. A missing entity answers 404 in upstream's
 * {@code ErrorResponse} shape ({@link ApiError}).
 *
 * <p>Two upstream systems sometimes use one path (NOMIS's {@code GET /visits/{visitId}} and the visit scheduler's
 * {@code GET /visits/{reference}}); in production they are different hosts, here one server. Such a route is
 * {@linkplain Builder#servedAt served at} the shared path for the calls a condition picks (all digits, a
 * {@code Source} header), and keeps its own key, so faults still target the logical route. Tables of one domain's
 * systems are {@linkplain #of combined} before they are registered, so the shared path is one Javalin route.
 */
public final class RouteTable {
    /** The HTTP methods upstream's routes use. */
    public enum Method { GET, POST, PUT, DELETE }

    /**
     * One upstream route: its method, real path template and handler, and where it is served: at its own path for
     * every call ({@code when} null), or at a path it shares with another system's route for the calls {@code when}
     * accepts (its handler then reads the shared path's parameters).
     */
    public record Route(Method method, String path, String servedAt, Predicate<Context> when, Handler handler) {
        /** The logical key fault rules target, e.g. {@code "GET /incentive-reviews/id/{id}"}. */
        public String key() {
            return method + " " + path;
        }

        private String servedKey() {
            return method + " " + servedAt;
        }

        private boolean conditional() {
            return when != null;
        }
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One table of {@code tables}' routes, in order: a domain's systems, registered together. */
    public static RouteTable of(RouteTable... tables) {
        Builder all = builder();
        for (RouteTable table : tables) {
            table.routes.forEach(all::add);
        }
        return all.build();
    }

    public List<Route> routes() {
        return routes;
    }

    /** The routes' logical keys, in declaration order: what a fault rule may target. */
    public List<String> faultableRoutes() {
        return routes.stream().map(Route::key).toList();
    }

    /**
     * Registers every route, each wrapped in {@code guard} under its key. Routes sharing a served path become one
     * Javalin route that hands each call to the first of them whose condition accepts it, the one served at its own
     * path (if any) last; none accepting is a 404. Paths with fewer parameters are registered first, so a literal
     * segment ({@code /visits/search}) is never taken for a parameter ({@code /visits/{reference}}).
     */
    public void register(RoutesConfig config, Guard guard) {
        Map<String, List<Route>> served = new LinkedHashMap<>();
        for (Route route : routes) {
            served.computeIfAbsent(route.servedKey(), k -> new ArrayList<>()).add(route);
        }
        served.values().stream()
                .sorted(Comparator.comparingLong(group -> parameters(group.get(0).servedAt())))
                .forEach(group -> register(config, guard, group));
    }

    private static void register(RoutesConfig config, Guard guard, List<Route> sharing) {
        List<Route> group = sharing.stream().sorted(Comparator.comparing(r -> !r.conditional())).toList();
        // At most one route of a group is unconditional: one served at its own path, whose key no other route has.
        Route first = group.get(0);
        Handler handler = group.size() == 1 && !first.conditional() ? guard.route(first.key(), first.handler())
                : ctx -> {
                    Route route = group.stream().filter(r -> !r.conditional() || r.when().test(ctx)).findFirst()
                            .orElseThrow(() -> ApiError.notFound("No route for " + ctx.method() + " " + ctx.path()));
                    guard.handle(route.key(), ctx, route.handler());
                };
        switch (first.method()) {
            case GET -> config.get(first.servedAt(), handler);
            case POST -> config.post(first.servedAt(), handler);
            case PUT -> config.put(first.servedAt(), handler);
            case DELETE -> config.delete(first.servedAt(), handler);
        }
    }

    private static long parameters(String path) {
        return path.chars().filter(c -> c == '{').count();
    }

    /** Declares a table's routes in the order they are registered. */
    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();

        private Builder() {
        }

        /**
         * {@code GET path}: the entity {@code read} finds for the key parsed from the request (a bad key is a 400
         * thrown by {@code key}), as {@code wire} renders it; 404 with {@code missing}'s message when there is none.
         */
        public <K, V> Builder find(String path, Function<Context, K> key, Function<K, Optional<V>> read,
                                   Function<V, ?> wire, Function<K, String> missing) {
            return add(Method.GET, path, ctx -> {
                K k = key.apply(ctx);
                V entity = read.apply(k).orElseThrow(() -> ApiError.notFound(missing.apply(k)));
                ctx.json(wire.apply(entity));
            });
        }

        /** {@code GET path}: the group {@code read} lists for the key parsed from the request; 200 even when empty. */
        public <I, V> Builder list(String path, Function<Context, I> group, Function<I, List<V>> read,
                                   Function<List<V>, ?> wire) {
            return add(Method.GET, path, ctx -> ctx.json(wire.apply(read.apply(group.apply(ctx)))));
        }

        /** As {@link #list}, but an empty group is a 404 with {@code missing}'s message, as some upstream reads are. */
        public <I, V> Builder listOrNotFound(String path, Function<Context, I> group, Function<I, List<V>> read,
                                             Function<List<V>, ?> wire, Function<I, String> missing) {
            return add(Method.GET, path, ctx -> {
                I g = group.apply(ctx);
                List<V> found = read.apply(g);
                if (found.isEmpty()) {
                    throw ApiError.notFound(missing.apply(g));
                }
                ctx.json(wire.apply(found));
            });
        }

        /**
         * {@code POST path}: {@code write} validates the request and stores the new entity (refusing with a 4xx
         * {@link ApiError}); the answer is 201 with {@code wire} of it (its new id), then {@code publish} raises the
         * event upstream publishes for it ({@link #noEvent()} where upstream publishes none).
         */
        public <V> Builder create(String path, Function<Context, V> write, Function<V, ?> wire, Consumer<V> publish) {
            return add(Method.POST, path, ctx -> {
                V created = write.apply(ctx);
                ctx.status(201).json(wire.apply(created));
                publish.accept(created);
            });
        }

        /**
         * {@code method path} changing an entity: {@code write} validates, finds (404 when missing) and stores the
         * change; the answer is 200 with {@code wire} of it, then {@code publish} raises upstream's event.
         */
        public <V> Builder update(Method method, String path, Function<Context, V> write, Function<V, ?> wire,
                                  Consumer<V> publish) {
            return add(method, path, ctx -> {
                V changed = write.apply(ctx);
                ctx.json(wire.apply(changed));
                publish.accept(changed);
            });
        }

        /**
         * {@code GET path}: a Spring page ({@link SpringPage#body}) of what {@code read} finds for the query parsed
         * from the request (filters, page and size; a bad one is a 400 thrown by {@code query}), each entry as
         * {@code wire} renders it.
         */
        public <Q, V> Builder page(String path, Function<Context, Q> query, Function<Q, SpringPage<V>> read,
                                   Function<V, ?> wire) {
            return add(Method.GET, path, ctx -> ctx.json(read.apply(query.apply(ctx)).map(wire).body()));
        }

        /**
         * {@code method path} acting on an entity, answered 200 with no body, as NOMIS answers its visit updates and
         * cancellations: {@code write} validates, finds (404 when missing) and stores the change.
         */
        public Builder change(Method method, String path, Consumer<Context> write) {
            return add(method, path, ctx -> {
                write.accept(ctx);
                ctx.status(200);
            });
        }

        /**
         * {@code DELETE path}: {@code remove} removes the entity with the key parsed from the request; 204, or 404
         * with {@code missing}'s message when there was none to remove.
         */
        public <K> Builder delete(String path, Function<Context, K> key, Predicate<K> remove,
                                  Function<K, String> missing) {
            return add(Method.DELETE, path, ctx -> {
                K k = key.apply(ctx);
                if (!remove.test(k)) {
                    throw ApiError.notFound(missing.apply(k));
                }
                ctx.status(204);
            });
        }

        /** {@code DELETE path}, 204 whether or not there was an entity to remove, as NOMIS answers its deletes. */
        public <K> Builder delete(String path, Function<Context, K> key, Consumer<K> remove) {
            return add(Method.DELETE, path, ctx -> {
                remove.accept(key.apply(ctx));
                ctx.status(204);
            });
        }

        /**
         * The route declared last is served at {@code sharedPath}, a path another system's route uses too, for the
         * calls {@code when} accepts; its handler reads {@code sharedPath}'s parameters. Its key stays its own.
         */
        public Builder servedAt(String sharedPath, Predicate<Context> when) {
            if (routes.isEmpty()) {
                throw new IllegalStateException("declare a route before saying where it is served");
            }
            Objects.requireNonNull(when, "when");
            Route last = routes.remove(routes.size() - 1);
            routes.add(new Route(last.method(), last.path(), sharedPath, when, last.handler()));
            return this;
        }

        /** A route written by hand, for semantics a table cannot say (bookings, merges, reordering). */
        public Builder hook(Method method, String path, Handler handler) {
            return add(method, path, handler);
        }

        public RouteTable build() {
            return new RouteTable(routes);
        }

        private Builder add(Method method, String path, Handler handler) {
            return add(new Route(method, path, path, null, handler));
        }

        private Builder add(Route route) {
            if (routes.stream().anyMatch(r -> r.key().equals(route.key()))) {
                throw new IllegalArgumentException("route declared twice: " + route.key());
            }
            routes.add(route);
            return this;
        }
    }

    /** The {@code publish} of a route whose upstream publishes no event. */
    public static <V> Consumer<V> noEvent() {
        return entity -> { };
    }
}
