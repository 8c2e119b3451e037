package org.sovplan.system.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run saw: requests per operation, per role and per variant kind, answers per status and status class,
 * and every finding (a 5xx, an undocumented status, a response that breaks the contract) with its request.
 */
public final class ContractTally {

    private final Map<String, Integer> perOperation = new TreeMap<>();
    private final Map<String, Integer> perRole = new TreeMap<>();
    private final Map<String, Integer> perVariant = new TreeMap<>();
    private final Map<String, Integer> perStatusClass = new TreeMap<>();
    private final Map<Integer, Integer> perStatus = new TreeMap<>();
    final List<String> serverErrors = new ArrayList<>();
    final List<String> undocumented = new ArrayList<>();
    final List<String> contractBreaks = new ArrayList<>();
    final List<String> invalidValid = new ArrayList<>();
    private int requests;
    private int valid;

    /** A request drawn as valid, with the contract's objections to it (none when it is really valid). */
    void recordValid(ContractCase request, List<String> objections) {
        valid++;
        if (!objections.isEmpty()) {
            invalidValid.add(request.describe() + " " + objections);
        }
    }

    void record(ContractCase request, int status, List<String> undocumentedMessages, List<String> breakMessages) {
        requests++;
        perOperation.merge(request.operation().id(), 1, Integer::sum);
        perRole.merge(request.role(), 1, Integer::sum);
        perVariant.merge(request.variant().split(":")[0], 1, Integer::sum);
        perStatusClass.merge(status / 100 + "xx", 1, Integer::sum);
        perStatus.merge(status, 1, Integer::sum);
        String line = request.describe() + " -> " + status;
        if (status >= 500) {
            serverErrors.add(line);
        }
        if (!undocumentedMessages.isEmpty()) {
            undocumented.add(line + " " + undocumentedMessages);
        }
        if (!breakMessages.isEmpty()) {
            contractBreaks.add(line + " " + breakMessages);
        }
    }

    int requests() {
        return requests;
    }

    int operations() {
        return perOperation.size();
    }

    String report(long seed) {
        StringBuilder out = new StringBuilder();
        out.append("OpenAPI property suite: seed ").append(seed).append(" (replay with -Dsovplan.contract.seed=")
                .append(seed).append(")\n");
        out.append("requests: ").append(requests).append(" over ").append(perOperation.size()).append(" operations\n");
        out.append("per status class: ").append(perStatusClass).append('\n');
        out.append("per status: ").append(perStatus).append('\n');
        out.append("per role: ").append(perRole).append('\n');
        out.append("per variant: ").append(perVariant).append('\n');
        out.append("per operation: ").append(perOperation).append('\n');
        out.append("valid requests: ").append(valid).append(", of which the contract refuses ")
                .append(invalidValid.size()).append('\n');
        out.append("violations: 5xx ").append(serverErrors.size()).append(", undocumented status ")
                .append(undocumented.size()).append(", contract breaks ").append(contractBreaks.size()).append('\n');
        serverErrors.stream().limit(40).forEach(l -> out.append("  5xx: ").append(l).append('\n'));
        undocumented.stream().limit(40).forEach(l -> out.append("  undocumented: ").append(l).append('\n'));
        invalidValid.stream().limit(40).forEach(l -> out.append("  not valid: ").append(l).append('\n'));
        contractBreaks.stream().limit(60).forEach(l -> out.append("  contract: ").append(l).append('\n'));
        return out.toString();
    }
}
