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

    /**
     * A token the request carries other than in its Authorization header (the dashboard's cookie),
     * or null. Only asked for paths this module serves.
     *
     * @param ctx the request
     * @return the token, or null
     */
    default @org.jspecify.annotations.Nullable String credential(io.javalin.http.Context ctx) {
        return null;
    }

    /**
     * Answers an error on a path this module serves in its own way (the dashboard answers with a
     * page, or sends a browser to its login form); false leaves it to the problem+json handler.
     *
     * @param e   the error
     * @param ctx the request
     * @return whether it was answered
     */
    default boolean handle(Exception e, io.javalin.http.Context ctx) {
        return false;
    }
}
