package org.sovplan.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed bearer tokens shaped like the dev realm's, for tests that run against
 * {@code OidcWiremockTestResource}: realm roles in {@code realm_access.roles}, the
 * {@code sovplan-api} audience and the {@code sovplan_regions} claim.
 *
 * <pre>{@code given().auth().oauth2(TestTokens.user("paul").roles("planner").regions("KE").sign())}</pre>
 */
public final class TestTokens {

    /** Issuer the OIDC test server announces. */
    public static final String ISSUER = "https://server.example.com";
    /** Audience every SovPlan service requires. */
    public static final String AUDIENCE = "sovplan-api";

    private final String user;
    private Set<String> roles = Set.of();
    private List<String> regions;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Duration lifetime = Duration.ofMinutes(5);

    private TestTokens(String user) {
        this.user = user;
    }

    public static TestTokens user(String user) {
        return new TestTokens(user);
    }

    /** The dev realm's {@code ada}: admin of every region. */
    public static String admin() {
        return user("ada").roles("admin", "planner", "viewer").regions("*").sign();
    }

    /** The dev realm's {@code paul}: planner for Kenya. */
    public static String planner() {
        return user("paul").roles("planner", "viewer").regions("KE").sign();
    }

    /** The dev realm's {@code vera}: read-only. */
    public static String viewer() {
        return user("vera").roles("viewer").sign();
    }

    public TestTokens roles(String... values) {
        this.roles = Set.of(values);
        return this;
    }

    public TestTokens regions(String... values) {
        this.regions = List.of(values);
        return this;
    }

    public TestTokens issuer(String value) {
        this.issuer = value;
        return this;
    }

    public TestTokens audience(String value) {
        this.audience = value;
        return this;
    }

    /** A negative lifetime gives an already expired token. */
    public TestTokens lifetime(Duration value) {
        this.lifetime = value;
        return this;
    }

    public String sign() {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .audience(audience)
                .subject(user)
                .preferredUserName(user)
                .issuedAt(now - 10)
                .expiresAt(now + lifetime.toSeconds())
                .claim("realm_access", java.util.Map.of("roles", List.copyOf(roles)));
        if (regions != null) {
            claims.claim("sovplan_regions", regions);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
