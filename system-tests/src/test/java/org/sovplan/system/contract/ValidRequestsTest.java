package org.sovplan.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The property suite's valid requests, drawn without a stack (ids of the shapes the stack gives), are valid: the
 * contract accepts every one of them, patterns of string parameters included. Over several seeds, so that a
 * pattern the generator cannot satisfy is found here rather than as a 400 in the suite's counts.
 */
class ValidRequestsTest {

    private static final Path CONTRACT = Path.of(System.getProperty("sovplan.root", ".."), "openapi", "sovplan.yaml");

    @Test
    void everyValidRequestIsOneTheContractAccepts() {
        ContractSpec spec = ContractSpec.load(CONTRACT);
        KnownIds known = new KnownIds("KE-10", "KE-GRID", "NVIDIA_H100_SXM", id(), id(), id(), id(), id(), id(), id(),
                id());
        RequestCheck check = new RequestCheck(CONTRACT);
        int valid = 0;
        List<String> refused = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            for (ContractCase request : new CaseGenerator(spec, seed, known).generate(spec.operations(), 30)) {
                if (!request.variant().equals("valid")) {
                    continue;
                }
                valid++;
                List<String> objections = check.check(request);
                if (!objections.isEmpty()) {
                    refused.add(request.describe() + " " + objections);
                }
            }
        }
        System.out.printf("valid requests drawn: %d, refused by the contract: %d%n", valid, refused.size());
        assertTrue(valid >= 1000, "valid requests drawn: " + valid);
        assertEquals(List.of(), refused.stream().limit(40).toList(), refused.stream()
                .map(r -> r.replaceAll("^#\\d+ (\\S+) .*?\\[(validation[^:]*):.*", "$1 $2")).distinct().toList().toString());
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
