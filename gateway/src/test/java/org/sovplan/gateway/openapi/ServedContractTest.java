package org.sovplan.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sovplan.gateway.GatewayRouter;
import org.sovplan.gateway.openapi.OpenApiMerger.ServiceContract;
import org.sovplan.gateway.routing.BackendRoute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The gateway serves the committed merged contract unchanged, except that the OIDC scheme points at the
 * realm the gateway trusts; and every path in it is routed to the service whose contract declares it.
 */
@QuarkusTest
class ServedContractTest {

    @Inject
    GatewayRouter router;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realm;

    @Test
    void theServedContractIsTheCommittedOne() {
        JsonNode committed = OpenApiMerger.parse(MergedContractDriftTest.REPOSITORY_ROOT
                .resolve(OpenApiMerger.MERGED_CONTRACT));
        JsonNode served = OpenApiMerger.parse(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());

        String discovery = served.at("/components/securitySchemes/oidc/openIdConnectUrl").asText();
        assertEquals(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration", discovery);
        ((ObjectNode) committed.at("/components/securitySchemes/oidc")).put("openIdConnectUrl", discovery);
        assertEquals(committed, served);
    }

    @Test
    void everyContractPathIsRoutedToTheServiceThatDeclaresIt() {
        for (ServiceContract contract : OpenApiMerger.readCommitted(MergedContractDriftTest.REPOSITORY_ROOT)) {
            String backend = contract.service().replace("-service", "");
            for (Map.Entry<String, JsonNode> path : contract.document().path("paths").properties()) {
                BackendRoute route = router.routingTable().resolve(path.getKey()).orElse(null);
                assertTrue(route != null, contract.service() + " declares " + path.getKey()
                        + ", which the gateway does not route; add its resource to sovplan.gateway." + backend
                        + ".resources");
                assertEquals(backend, route.backend(), path.getKey() + " is declared by " + contract.service()
                        + " but routed to " + route.backend());
            }
        }
    }
}
