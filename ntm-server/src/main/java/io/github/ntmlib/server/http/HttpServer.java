package io.github.ntmlib.server.http;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.server.ServerConfig;
import io.github.ntmlib.server.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * The HTTP server: Javalin on Jetty, the route modules behind one access check, one body limit and
 * one error handler.
 */
public final class HttpServer {

    private final Javalin app;
    private final String host;

    private HttpServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts serving.
     *
     * @param store   the store
     * @param config  the configuration
     * @param modules the route modules
     * @return the server, listening
     */
    public static HttpServer start(Store store, ServerConfig config, List<RouteModule> modules) {
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.maxRequestSize = Math.max(config.maxUploadBytes(), config.maxBodyBytes());
            if (!config.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    String first = config.corsOrigins().get(0);
                    rule.allowHost(first, config.corsOrigins().subList(1, config.corsOrigins().size())
                            .toArray(String[]::new));
                }));
            }
            cfg.routes.before(ctx -> guard(ctx, store, config, modules));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                for (RouteModule m : modules) {
                    if (m.need(ctx.method().name(), ctx.path()) != null) {
                        if (m.handle(e, ctx)) {
                            return;
                        }
                        break;
                    }
                }
                Problems.handle(e, ctx);
            });
            cfg.routes.error(404, "*", ctx -> {
                if (ctx.result() == null) {
                    Problems.write(ctx, 404, "not-found", "Not found", Labels.of("không có địa chỉ này",
                            "no such resource"));
                }
            });
            cfg.routes.error(405, "*", ctx -> {
                if (ctx.result() == null) {
                    Problems.write(ctx, 405, "method-not-allowed", "Method not allowed", Labels.of(
                            "địa chỉ này không nhận phương thức này", "this resource does not take this method"));
                }
            });
            for (RouteModule m : modules) {
                m.register(cfg.routes);
            }
        });
        app.start();
        return new HttpServer(app, config.host());
    }

    private static void guard(Context ctx, Store store, ServerConfig config, List<RouteModule> modules) {
        if (ctx.method().name().equals("OPTIONS")) {
            return;
        }
        long length = ctx.req().getContentLengthLong();
        boolean upload = ctx.path().endsWith("/imports");
        long limit = upload ? config.maxUploadBytes() : config.maxBodyBytes();
        if (length > limit) {
            throw new Problems.TooLarge(limit);
        }
        for (RouteModule m : modules) {
            Access.Need need = m.need(ctx.method().name(), ctx.path());
            if (need != null) {
                Access.check(ctx, need, store.tokens(), config.anonymousReads(), m.credential(ctx));
                return;
            }
        }
    }

    /**
     * The port listened on.
     *
     * @return the port
     */
    public int port() {
        return app.port();
    }

    /**
     * The base URL.
     *
     * @return the URL
     */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    /** Stops serving. */
    public void stop() {
        app.stop();
    }
}
