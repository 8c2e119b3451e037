package org.sovplan.gateway.edge;

import static io.restassured.RestAssured.given;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sovplan.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The role table of docs/gateway.md, row by row: viewer reads everything; planner writes workloads,
 * sizing and plans and may request energy quotes; admin writes inventory and energy; capacity-reserver
 * writes reservations; everything else is denied (403), and allowed calls reach a backend (200 here).
 */
@QuarkusTest
class RoleRulesTest {

    static final int ALLOWED = 200;
    static final int DENIED = 403;

    static Stream<Arguments> rules() {
        return Stream.of(
                // Reads: any role.
                rule("viewer", "GET", "/api/v1/regions", ALLOWED),
                rule("viewer", "GET", "/api/v1/sites/0b6f", ALLOWED),
                rule("viewer", "HEAD", "/api/v1/accelerator-models", ALLOWED),
                rule("viewer", "GET", "/api/v1/capacity/summary", ALLOWED),
                rule("viewer", "GET", "/api/v1/reservations", ALLOWED),
                rule("viewer", "GET", "/api/v1/grid-zones/KE/headroom", ALLOWED),
                rule("viewer", "GET", "/api/v1/grid-upgrades", ALLOWED),
                rule("viewer", "GET", "/api/v1/power-supplies", ALLOWED),
                rule("viewer", "GET", "/api/v1/workloads", ALLOWED),
                rule("viewer", "GET", "/api/v1/sizing", ALLOWED),
                rule("viewer", "GET", "/api/v1/plans/6c1d", ALLOWED),
                rule("viewer", "GET", "/api/v1/scenarios/compare", ALLOWED),
                rule("viewer", "GET", "/api/v1/scenarios/5e1a/runs/7b2c/report", ALLOWED),
                rule("viewer", "POST", "/api/v1/scenarios/5e1a/runs", DENIED),
                // Viewer writes nothing.
                rule("viewer", "POST", "/api/v1/workloads", DENIED),
                rule("viewer", "POST", "/api/v1/energy-quotes", ALLOWED),
                rule("viewer", "PUT", "/api/v1/regions/KE", DENIED),
                rule("viewer", "DELETE", "/api/v1/plans/6c1d", DENIED),
                // Planner: planning writes and energy quotes.
                rule("planner", "POST", "/api/v1/workloads", ALLOWED),
                rule("planner", "PUT", "/api/v1/workloads/77aa", ALLOWED),
                rule("planner", "PATCH", "/api/v1/workloads/77aa", ALLOWED),
                rule("planner", "DELETE", "/api/v1/workloads/77aa", ALLOWED),
                rule("planner", "POST", "/api/v1/sizing", ALLOWED),
                rule("planner", "POST", "/api/v1/plans", ALLOWED),
                rule("planner", "POST", "/api/v1/plans/6c1d/commit", ALLOWED),
                rule("planner", "POST", "/api/v1/scenarios", ALLOWED),
                rule("planner", "PUT", "/api/v1/scenarios/5e1a", ALLOWED),
                rule("planner", "POST", "/api/v1/scenarios/5e1a/sensitivity", ALLOWED),
                rule("planner", "DELETE", "/api/v1/scenarios/5e1a/runs/7b2c", ALLOWED),
                rule("planner", "POST", "/api/v1/energy-quotes", ALLOWED),
                rule("planner", "GET", "/api/v1/regions", ALLOWED),
                // ... but not inventory, energy data or reservations.
                rule("planner", "POST", "/api/v1/regions", DENIED),
                rule("planner", "PUT", "/api/v1/sites/0b6f", DENIED),
                rule("planner", "POST", "/api/v1/accelerator-models", DENIED),
                rule("planner", "POST", "/api/v1/grid-zones", DENIED),
                rule("planner", "POST", "/api/v1/grid-upgrades", DENIED),
                rule("planner", "PUT", "/api/v1/power-supplies/1", DENIED),
                rule("planner", "POST", "/api/v1/reservations", DENIED),
                // Admin: inventory and energy writes, and (through the roles mapping) the planner's.
                rule("admin", "POST", "/api/v1/regions", ALLOWED),
                rule("admin", "PUT", "/api/v1/sites/0b6f", ALLOWED),
                rule("admin", "DELETE", "/api/v1/accelerator-models/L4", ALLOWED),
                rule("admin", "PUT", "/api/v1/capacity/anything", ALLOWED),
                rule("admin", "POST", "/api/v1/reservations", ALLOWED),
                rule("admin", "POST", "/api/v1/grid-zones", ALLOWED),
                rule("admin", "PATCH", "/api/v1/grid-upgrades/1", ALLOWED),
                rule("admin", "POST", "/api/v1/power-supplies", ALLOWED),
                // An admin token with only the admin role: the roles mapping grants planner and viewer.
                rule("admin-only", "POST", "/api/v1/plans", ALLOWED),
                rule("admin-only", "GET", "/api/v1/sites", ALLOWED),
                // Placement's service account: reservations only.
                rule("capacity-reserver", "POST", "/api/v1/reservations", ALLOWED),
                rule("capacity-reserver", "DELETE", "/api/v1/reservations/1", ALLOWED),
                rule("capacity-reserver", "GET", "/api/v1/sites", ALLOWED),
                rule("capacity-reserver", "POST", "/api/v1/sites", DENIED),
                // Methods no rule names are denied, even to admin.
                rule("admin", "PUT", "/api/v1/energy-quotes/1", DENIED),
                rule("admin", "OPTIONS", "/api/v1/regions", DENIED),
                rule("admin", "POST", "/api/v1/not-a-resource", DENIED));
    }

    static Arguments rule(String role, String method, String path, int status) {
        return Arguments.of(role, method, path, status);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("rules")
    void roleRule(String role, String method, String path, int expected) {
        RequestSpecification request = given().auth().oauth2(token(role));
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            request = request.contentType("application/json").body("{}");
        }
        request.request(method, path).then().statusCode(expected);
    }

    static String token(String role) {
        return switch (role) {
            case "viewer" -> TestTokens.viewer();
            case "planner" -> TestTokens.planner();
            case "admin" -> TestTokens.admin();
            case "admin-only" -> TestTokens.user("root").roles("admin").sign();
            default -> TestTokens.user("svc-" + role).roles(role).sign();
        };
    }
}
