package org.sovplan.gateway.edge;

/**
 * Where the gateway's handlers sit among Quarkus's own on the Vert.x router (lower runs first). Quarkus
 * installs CORS at -300, authentication at -200, authorization (the {@code quarkus.http.auth.permission}
 * rules) at -100 and its own Content-Length check at -2.
 */
public final class RouteOrder {

    /** Request id and metrics tag: before everything, so every answer carries the id. */
    public static final int REQUEST_ID = -1000;

    /** Request target and header limits, control characters: before authentication reads the headers. */
    public static final int REQUEST_HEAD = -900;

    /** Turns authentication and authorization failures into problem documents. */
    public static final int FAILURES = -1000;

    /** After authentication has established who calls, before the authorization rules run. */
    public static final int RATE_LIMIT = -160;

    /** Anonymous calls to protected paths: answered 401 here, with a problem document. */
    public static final int ANONYMOUS = -120;

    /** Before Quarkus's own Content-Length check, which would answer 413 without a problem document. */
    public static final int BODY_SIZE = -3;

    /** The reverse proxy itself. */
    public static final int PROXY = 0;

    /** Paths nobody serves: a 404 problem document, after every other route had its chance. */
    public static final int NOT_FOUND = Integer.MAX_VALUE;

    private RouteOrder() {
    }
}
