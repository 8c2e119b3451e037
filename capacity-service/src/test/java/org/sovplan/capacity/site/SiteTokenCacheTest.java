package org.sovplan.capacity.site;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sovplan.capacity.support.Api.as;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.capacity.support.SiteBuilder;
import org.sovplan.capacity.support.TestRegions;
import org.sovplan.tokens.VerifiedTokens;
import org.sovplan.testsupport.CacheMetrics;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The service remembers the tokens it has verified (common's {@link VerifiedTokens}), as the gateway does: a
 * token is checked once, and its later requests are served from the cache under the same role and region rules.
 */
@QuarkusTest
class SiteTokenCacheTest {

    @Test
    void aTokenIsVerifiedOnceThenRemembered() {
        UUID id = SiteBuilder.site().create();
        String token = TestTokens.user("cached-viewer").roles("viewer").sign();
        double hits = CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "hit");
        double misses = CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "miss");

        for (int i = 0; i < 3; i++) {
            as(token).get("/api/v1/sites/" + id).then().statusCode(200);
        }

        assertEquals(1, CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "miss") - misses, "verified once");
        assertEquals(2, CacheMetrics.gets(VerifiedTokens.CACHE_NAME, "hit") - hits, "then found");
    }

    @Test
    void aRememberedTokenKeepsItsRolesAndRegions() {
        TestRegions.country("KE");
        SiteBuilder foreign = SiteBuilder.site();
        String kenyanAdmin = TestTokens.user("cached-kenyan-admin").roles("admin").regions("KE").sign();
        as(kenyanAdmin).get("/api/v1/sites").then().statusCode(200);

        as(kenyanAdmin).body(foreign.body()).post("/api/v1/sites")
                .then().statusCode(403).body("detail", containsString("KE"));
        as(kenyanAdmin).body(SiteBuilder.siteIn("KE").body()).post("/api/v1/sites").then().statusCode(201);

        String viewer = TestTokens.user("cached-viewer-writes").roles("viewer").sign();
        as(viewer).get("/api/v1/sites").then().statusCode(200);
        as(viewer).body(foreign.body()).post("/api/v1/sites").then().statusCode(403);
    }
}
