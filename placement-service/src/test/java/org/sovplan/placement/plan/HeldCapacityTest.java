package org.sovplan.placement.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.problem.PlanningInputs;

/** Workloads a plan may move see the GPUs and IT power they hold as free, at their own site only. */
class HeldCapacityTest {

    @Test
    void heldCapacityIsAddedBackWhereItIsHeld() {
        PlanningInputs.SiteInput nairobi = site("Nairobi", 4);
        PlanningInputs inputs = new PlanningInputs(List.of(nairobi, site("Mombasa", 0)), Map.of(), Map.of(), Map.of());
        PlanDto.Held held = new PlanDto.Held(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), nairobi.id(),
                "GPU_X", 2, new BigDecimal("0.002100"), "MOVED");

        PlanningInputs freed = HeldCapacity.countedAsFree(inputs, List.of(held));

        PlanningInputs.SiteInput after = freed.sites().get(0);
        assertThat(after.pools().get(0).available()).isEqualTo(8);
        assertThat(after.pools().get(1).available()).isEqualTo(10);
        assertThat(BigDecimal.valueOf(after.availableItMw())).isEqualByComparingTo("1.0021");
        assertThat(freed.sites().get(1)).isEqualTo(inputs.sites().get(1));
        assertThat(HeldCapacity.countedAsFree(inputs, List.of())).isSameAs(inputs);
    }

    private static PlanningInputs.SiteInput site(String name, int reservedGpus) {
        return new PlanningInputs.SiteInput(UUID.randomUUID(), name, "KE", "KE", 3, "SOVEREIGN_CLOUD", "OPERATIONAL", null, 1.0, 1.2, "KE",
                -1.29, 36.82, List.of(new PlanningInputs.PoolInput("GPU_X", 10, 10 - reservedGpus),
                        new PlanningInputs.PoolInput("GPU_Y", 10, 10)));
    }

    @Test
    void powerIsKeptToTheWattWithoutFloatNoise() {
        assertThat(CommitSteps.exactMw(0.1 + 0.2)).isEqualByComparingTo("0.3");
        assertThat(CommitSteps.exactMw(1.08e-4).toPlainString()).isEqualTo("0.000108");
    }
}
