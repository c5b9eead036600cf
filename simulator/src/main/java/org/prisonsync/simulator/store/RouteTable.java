package org.prisonsync.simulator.store;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;

/**
 * A domain's upstream routes declared as data: the method, the real path template and what the route does against
 * the domain's state (find one, list a group, create, update) or, where real semantics matter (bookings, merges), a
 * hook the domain writes by hand. Every route is registered behind the {@link Guard} under its logical key
 * {@code "METHOD /path/template"}, so auth and fault injection apply to a table route exactly as to a hand-written
 * one, and the keys are the domain's {@code faultableRoutes()}. A missing entity answers 404 in upstream's
 * {@code ErrorResponse} shape ({@link ApiError}).
 */
public final class RouteTable {
    /** The HTTP methods upstream's routes use. */
    public enum Method { GET, POST, PUT, DELETE }

    /** One upstream route: its method, real path template and handler. */
    public record Route(Method method, String path, Handler handler) {
        /** The logical key fault rules target, e.g. {@code "GET /incentive-reviews/id/{id}"}. */
        public String key() {
            return method + " " + path;
        }
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Route> routes() {
        return routes;
    }

    /** The routes' logical keys, in declaration order: what a fault rule may target. */
    public List<String> faultableRoutes() {
        return routes.stream().map(Route::key).toList();
    }

    /** Registers every route, each wrapped in {@code guard} under its key. */
    public void register(RoutesConfig config, Guard guard) {
        for (Route route : routes) {
            Handler guarded = guard.route(route.key(), route.handler());
            switch (route.method()) {
                case GET -> config.get(route.path(), guarded);
                case POST -> config.post(route.path(), guarded);
                case PUT -> config.put(route.path(), guarded);
                case DELETE -> config.delete(route.path(), guarded);
            }
        }
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

        /** A route written by hand, for semantics a table cannot say (bookings, merges, reordering). */
        public Builder hook(Method method, String path, Handler handler) {
            return add(method, path, handler);
        }

        public RouteTable build() {
            return new RouteTable(routes);
        }

        private Builder add(Method method, String path, Handler handler) {
            Route route = new Route(method, path, handler);
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
