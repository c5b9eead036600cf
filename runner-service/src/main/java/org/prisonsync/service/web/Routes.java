package org.prisonsync.service.web;

import io.javalin.config.RoutesConfig;

/** A group of routes registered on the server at start-up (Javalin 7 wants every route declared up front). */
public interface Routes {
    void register(RoutesConfig routes);
}
