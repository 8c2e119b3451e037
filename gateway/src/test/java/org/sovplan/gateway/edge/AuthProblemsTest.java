package org.sovplan.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The anonymous-path check reads the permission's paths the way Quarkus does. */
class AuthProblemsTest {

    final AuthProblems problems = new AuthProblems(List.of("/q/health/*", " /q/openapi/*", "/exact"));

    @Test
    void aWildcardPathCoversItselfAndWhatIsBelowIt() {
        assertTrue(problems.isAnonymousPath("/q/health"));
        assertTrue(problems.isAnonymousPath("/q/health/ready"));
        assertTrue(problems.isAnonymousPath("/q/openapi"));
        assertFalse(problems.isAnonymousPath("/q/healthz"));
        assertFalse(problems.isAnonymousPath("/q/metrics"));
        assertFalse(problems.isAnonymousPath("/api/v1/regions"));
    }

    @Test
    void otherPathsMatchExactly() {
        assertTrue(problems.isAnonymousPath("/exact"));
        assertFalse(problems.isAnonymousPath("/exact/more"));
    }
}
