package org.sovplan.energy;

import org.junit.jupiter.api.Test;
import org.sovplan.testsupport.OpenApiDrift;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiContractTest {

    /** The served contract equals the committed src/main/openapi/openapi.yaml. */
    @Test
    void servedContractMatchesCommittedOne() throws Exception {
        OpenApiDrift.assertNoDrift();
    }
}
