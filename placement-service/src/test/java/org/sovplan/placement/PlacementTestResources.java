package org.sovplan.placement;

import org.sovplan.placement.support.DependencyStubs;
import org.sovplan.testsupport.PostgresTestDatabase;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The parts every test of this module runs against: its own PostgreSQL database, a signing OIDC
 * server (also the service account's token endpoint), and a WireMock standing in for
 * capacity-service and energy-service, used only to play their failure modes.
 */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "prefix", value = "sovplan_placement"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(DependencyStubs.class)
public final class PlacementTestResources {

    private PlacementTestResources() {
    }
}
