package org.sovplan.gateway.dashboard;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sovplan.gateway.edge.RouteOrder;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the planner's dashboard, a static single-page application built into the gateway's classpath
 * ({@code dashboard/}) from {@code src/main/webui}: the page at {@code /}, its files under {@code /assets/},
 * and {@code /dashboard.json}, which tells the page where to sign in. These paths are anonymous
 * ({@code quarkus.http.auth.permission.anonymous.paths}); the page then calls {@code /api/v1} with the
 * user's token like any other client, so the API's role rules apply unchanged.
 */
@ApplicationScoped
public class DashboardRoutes {

    /** Where the build puts the page, on the classpath. */
    static final String WEB_ROOT = "dashboard";

    private final DashboardConfig config;
    private final URI gatewayRealm;

    DashboardRoutes(DashboardConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") URI gatewayRealm) {
        this.config = config;
        this.gatewayRealm = gatewayRealm;
    }

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        Handler<RoutingContext> headers = this::securityHeaders;
        // A route ending in /* hands the static handler the path below it: /assets/app.js is app.js here.
        StaticHandler files = StaticHandler.create(WEB_ROOT + "/assets").setDefaultContentEncoding("UTF-8");
        for (String path : new String[] { "/", "/index.html" }) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).order(RouteOrder.PROXY).handler(headers)
                    .handler(rc -> rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                            .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                            .sendFile(WEB_ROOT + "/index.html"));
        }
        router.route("/assets/*").method(HttpMethod.GET).method(HttpMethod.HEAD).order(RouteOrder.PROXY)
                .handler(headers).handler(files);
        router.route("/dashboard.json").method(HttpMethod.GET).order(RouteOrder.PROXY).handler(headers)
                .handler(this::settings);
    }

    /** The realm browsers sign in at. */
    URI realm() {
        return config.authServerUrl().orElse(gatewayRealm);
    }

    private void settings(RoutingContext rc) {
        String realm = realm().toString().replaceAll("/+$", "");
        rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(new JsonObject().put("authority", realm).put("clientId", config.clientId()).toBuffer());
    }

    /**
     * The page loads only its own files and talks only to the gateway and the realm: no script, style,
     * font or image from anywhere else, and it cannot be framed.
     */
    private void securityHeaders(RoutingContext rc) {
        URI realm = realm();
        String realmOrigin = realm.getScheme() + "://" + realm.getRawAuthority();
        rc.response()
                .putHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' "
                        + realmOrigin + "; frame-src " + realmOrigin + "; frame-ancestors 'none'; base-uri 'self'; "
                        + "form-action 'self' " + realmOrigin)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer");
        rc.next();
    }
}
