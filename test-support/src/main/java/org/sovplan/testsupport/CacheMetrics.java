package org.sovplan.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cache's counters as the running application publishes them at {@code /q/metrics} (Micrometer, Prometheus). */
public final class CacheMetrics {

    private CacheMetrics() {
    }

    /** {@code cache_gets_total{cache=cache,result=result}}: result is {@code hit} or {@code miss}. */
    public static double gets(String cache, String result) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^cache_gets_total\\{cache=\"" + Pattern.quote(cache) + "\",result=\""
                + result + "\"} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertTrue(line.find(), "cache_gets_total for " + cache + ", " + result + " in /q/metrics");
        return Double.parseDouble(line.group(1));
    }
}
