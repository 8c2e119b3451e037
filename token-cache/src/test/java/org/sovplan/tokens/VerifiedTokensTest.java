package org.sovplan.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** What the verified-token cache keeps, and for how long, on a clock the test moves. */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
    private static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final AtomicLong elapsedNanos = new AtomicLong();
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return START.plusNanos(elapsedNanos.get());
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };
    private final VerifiedTokens tokens = new VerifiedTokens(true, 100, MAX_AGE, elapsedNanos::get, clock);

    @Test
    void aTokenIsRememberedUntilItExpires() {
        tokens.remember(identity("token-a", "vera", START.plusSeconds(30)));

        later(Duration.ofSeconds(29));
        assertNotNull(tokens.find("token-a", null));
        later(Duration.ofSeconds(1));
        assertNull(tokens.find("token-a", null), "expired at its exp");
    }

    @Test
    void maxAgeCapsALongLivedToken() {
        tokens.remember(identity("token-b", "vera", START.plus(Duration.ofHours(1))));

        later(MAX_AGE.minusSeconds(1));
        assertNotNull(tokens.find("token-b", null));
        later(Duration.ofSeconds(1));
        assertNull(tokens.find("token-b", null), "verified again after max-age");
    }

    @Test
    void expiredAndUnexpiringTokensAreNotRemembered() {
        tokens.remember(identity("expired", "vera", START.minusSeconds(1)));
        tokens.remember(identity("no-exp", "vera", Instant.EPOCH));

        assertNull(tokens.find("expired", null));
        assertNull(tokens.find("no-exp", null));
    }

    @Test
    void onlyIdentitiesProvedByABearerTokenAreRemembered() {
        SecurityIdentity anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        SecurityIdentity withoutToken = QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt("vera", START.plusSeconds(30), null)).addRole("viewer").build();

        tokens.remember(anonymous);
        tokens.remember(withoutToken);

        assertEquals(0, tokens.size());
    }

    @Test
    void theWholeTokenIsTheKey() {
        tokens.remember(identity("header.payload.signature", "vera", START.plusSeconds(30)));

        assertNotNull(tokens.find("header.payload.signature", null));
        assertNull(tokens.find("header.payload.signaturf", null));
        assertNull(tokens.find("header.payload.", null));
    }

    @Test
    void aRememberedIdentityIsTheVerifiedOneWithTheCurrentRequest() {
        RoutingContext first = routingContext();
        RoutingContext later = routingContext();
        SecurityIdentity verified = QuarkusSecurityIdentity.builder(identity("token-c", "paul", START.plusSeconds(30)))
                .addAttribute(RoutingContext.class.getName(), first).addAttribute("tenant-id", "Default").build();

        tokens.remember(verified);
        SecurityIdentity found = tokens.find("token-c", later);

        assertSame(verified.getPrincipal(), found.getPrincipal());
        assertEquals(Set.of("planner", "viewer"), found.getRoles());
        assertEquals("token-c", found.getCredential(AccessTokenCredential.class).getToken());
        assertEquals("Default", found.getAttribute("tenant-id"));
        assertSame(later, found.getAttribute(RoutingContext.class.getName()), "the request now served");
        assertTrue(found.checkPermission(new StringPermission("email")).await().indefinitely(),
                "the token's scopes are permissions, as Quarkus OIDC grants them");
        assertFalse(found.checkPermission(new StringPermission("admin")).await().indefinitely());
        assertFalse(found.isAnonymous());
    }

    @Test
    void theCacheIsBounded() {
        VerifiedTokens small = new VerifiedTokens(true, 10, MAX_AGE, elapsedNanos::get, clock);
        for (int i = 0; i < 500; i++) {
            small.remember(identity("token-" + i, "user-" + i, START.plusSeconds(30)));
        }
        assertTrue(small.size() <= 10, "at most max-size tokens, not " + small.size());
    }

    @Test
    void switchedOffItRemembersNothing() {
        VerifiedTokens off = new VerifiedTokens(false, 100, MAX_AGE, elapsedNanos::get, clock);
        off.remember(identity("token-d", "vera", START.plusSeconds(30)));
        assertNull(off.find("token-d", null));
    }

    private void later(Duration duration) {
        elapsedNanos.addAndGet(duration.toNanos());
    }

    private static SecurityIdentity identity(String token, String user, Instant expiresAt) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt(user, expiresAt, "profile email"))
                .addRoles(user.equals("paul") ? Set.of("planner", "viewer") : Set.of("viewer"))
                .addCredential(new AccessTokenCredential(token))
                .build();
    }

    private static RoutingContext routingContext() {
        return (RoutingContext) Proxy.newProxyInstance(RoutingContext.class.getClassLoader(),
                new Class<?>[] {RoutingContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The claims the cache reads: {@code sub}, {@code exp} and {@code scope}. */
    private record Jwt(String subject, Instant expiresAt, String scope) implements JsonWebToken {

        @Override
        public String getName() {
            return subject;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp", "scope");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            Map<String, Object> claims = scope == null
                    ? Map.of("sub", subject, "exp", expiresAt.getEpochSecond())
                    : Map.of("sub", subject, "exp", expiresAt.getEpochSecond(), "scope", scope);
            return (T) claims.get(name);
        }
    }
}
