package org.sovplan.gateway;

import org.sovplan.gateway.support.GatewayBackends;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real parts every gateway test runs against: a signing OIDC server and the three test backends. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(GatewayBackends.class)
public final class GatewayTestResources {

    private GatewayTestResources() {
    }
}
