package io.github.ntmlib.server.http;

import io.javalin.config.RoutesConfig;

/**
 * A set of routes the server serves: the JSON API is one; a dashboard is another package adding its
 * own module, behind the same security and error handling.
 */
public interface RouteModule {

    /**
     * The access a request needs, or null when this module does not serve the path.
     *
     * @param method the HTTP method
     * @param path   the request path
     * @return the access needed
     */
    Access.@org.jspecify.annotations.Nullable Need need(String method, String path);

    /**
     * Adds the module's routes.
     *
     * @param routes the server's routes
     */
    void register(RoutesConfig routes);
}
