package org.sovplan.placement.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.sovplan.placement.solver.PlacementRule;

/** The contract's closed sets name exactly what the code sends: every rule a blocker can carry. */
class ContractEnumsTest {

    @Test
    void blockerRulesAreEveryPlacementRuleAndTheTwoCapacityReasons() throws Exception {
        Schema schema = PlanResult.Blocker.class.getDeclaredField("rule").getAnnotation(Schema.class);
        Set<String> documented = new TreeSet<>(Arrays.asList(schema.enumeration()));
        Set<String> sent = new TreeSet<>(Set.of("CAPACITY_TAKEN", "NO_SITES"));
        Arrays.stream(PlacementRule.values()).map(Enum::name).forEach(sent::add);
        assertEquals(sent, documented);
    }
}
