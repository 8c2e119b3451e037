package org.sovplan.gateway.edge;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an {@code X-Request-Id}: the caller's, when it is a plausible id, or a fresh UUID.
 * The id goes to the backend with the request and back to the caller on every answer, the gateway's own
 * error answers included, so that one id finds a call in the logs of every hop.
 */
public final class RequestIdHandler implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";

    /** A caller's id is kept only when short and plain: it ends up in logs and in headers of other calls. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public void handle(RoutingContext rc) {
        String id = rc.request().getHeader(HEADER);
        if (id == null || !PLAUSIBLE.matcher(id).matches()) {
            id = newId();
            rc.request().headers().set(HEADER, id);
        }
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id needs to be unique, not
     * unpredictable, and {@link UUID#randomUUID()} would make every request queue on one SecureRandom.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
