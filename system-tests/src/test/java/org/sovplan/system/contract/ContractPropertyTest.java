package org.sovplan.system.contract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sovplan.system.Stack;
import org.sovplan.system.StackExtension;
import org.sovplan.testsupport.TestTokens;

/**
 * The OpenAPI-driven property suite: at least 2,000 requests drawn from the schemas of
 * {@code openapi/sovplan.yaml} (valid and invalid, every operation, every role of the dev realm plus no token
 * and a forged one) go through the gateway of the real stack, and every answer is checked against the same
 * contract. The run must see no 5xx, no status the operation does not document and no answer that breaks its
 * schema; and every request drawn as valid must be one the contract accepts. The seed is printed;
 * {@code -Dsovplan.contract.seed=N} replays a run.
 */
@ExtendWith(StackExtension.class)
class ContractPropertyTest {

    private static final Path CONTRACT = Path.of(System.getProperty("sovplan.root", ".."), "openapi", "sovplan.yaml");
    private static final int PER_OPERATION = Integer.getInteger("sovplan.contract.requests-per-operation", 30);

    private static ContractSpec spec;
    private static ContractClient client;
    private static ContractFixtures fixtures;

    @BeforeAll
    static void connect(Stack stack) {
        spec = ContractSpec.load(CONTRACT);
        String forged = TestTokens.user("ada").roles("admin", "planner", "viewer").regions("*")
                .issuer(stack.issuer()).sign();
        client = new ContractClient(stack.gatewayUrl(), role -> switch (role) {
            case "anonymous" -> null;
            case "bad-token" -> forged;
            default -> stack.token(role);
        });
        fixtures = new ContractFixtures(client, spec);
    }

    @AfterAll
    static void cleanUp() {
        if (fixtures != null) {
            fixtures.deleteAll();
        }
    }

    @Test
    void everyAnswerKeepsTheContract() {
        long seed = Long.getLong("sovplan.contract.seed", 20261202L);
        KnownIds known = fixtures.create();
        List<ContractCase> cases = new ArrayList<>(new CaseGenerator(spec, seed, known)
                .generate(spec.operations(), PER_OPERATION));
        // Deletes last, so that the resources the other requests name still exist when they are sent.
        cases.sort(Comparator.comparing(c -> c.operation().method().equals("DELETE")));

        ResponseCheck check = new ResponseCheck(CONTRACT);
        RequestCheck requestCheck = new RequestCheck(CONTRACT);
        ContractTally tally = new ContractTally();
        NullsSeen nulls = new NullsSeen(spec);
        for (ContractCase request : cases) {
            if (request.variant().equals("valid")) {
                tally.recordValid(request, requestCheck.check(request));
            }
            ContractClient.Answer answer;
            try {
                answer = client.send(request);
            } catch (IllegalStateException e) {
                tally.record(request, 0, List.of(), List.of(e.getMessage()));
                continue;
            }
            fixtures.remember(request, answer);
            nulls.record(request.operation(), answer);
            ResponseCheck.Findings findings = check.check(request.operation(), answer);
            tally.record(request, answer.status(), findings.undocumented(), findings.breaks());
        }
        String report = tally.report(seed) + nulls.report() + NullablePrimitives.of(CONTRACT).report();
        System.out.println(report);

        assertAll(
                () -> assertTrue(tally.requests() >= 2000, "at least 2,000 requests, sent " + tally.requests()),
                () -> assertEquals(spec.operations().size(), tally.operations(), "every operation is exercised"),
                () -> assertEquals(List.of(), tally.serverErrors, "no 5xx\n" + report),
                () -> assertEquals(List.of(), tally.undocumented, "no undocumented status\n" + report),
                () -> assertEquals(List.of(), tally.contractBreaks, "no answer breaks the contract\n" + report),
                () -> assertEquals(List.of(), tally.invalidValid, "every valid request is valid\n" + report));
    }
}
