package org.sovplan.energy;

import org.sovplan.testsupport.PostgresTestDatabase;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real parts every test of this module runs against: its own PostgreSQL database and a signing OIDC server. */
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "prefix", value = "sovplan_energy"))
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class EnergyTestResources {

    private EnergyTestResources() {
    }
}
