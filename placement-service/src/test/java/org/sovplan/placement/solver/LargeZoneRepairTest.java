package org.sovplan.placement.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovplan.placement.support.Instances.training;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.support.Instances;
import org.sovplan.placement.support.LocalPlanner;
import org.sovplan.placement.support.TestConfig;

/**
 * The exact repair on neighbourhoods above its option limit: a large zone is split into runs of
 * its sites, each within the limit, and the repair still finds a rotation inside one run.
 *
 * <p>Zone A holds Site-A (4 GPU_X) and Site-A2 (8 GPU_Y, where four one-GPU "filler" runs are
 * cheapest; each may also use Site-C in a dearer zone). "big" (priority 5, 4 GPU_X) may run on
 * Site-A or Site-B and is cheapest on Site-A; "local" (priority 3, 4 GPU_X) may run in country A
 * only. Both fit only if "big" moves to Site-B. The whole problem and zone A hold 11 options;
 * Site-A alone ("big" and "local") holds 3.
 */
class LargeZoneRepairTest {

    private static final int LIMIT = 6;

    private static PlanningProblem rotationInALargeZone() {
        Instances instance = Instances.create()
                .zone("A", 100, 50, 100).zone("B", 100, 80, 100).zone("C", 100, 200, 100)
                .site("Site-A", "A", 4, "A", 10, 0, 0, "GPU_X", 4)
                .site("Site-A2", "A", 4, "A", 10, 0, 0, "GPU_Y", 8)
                .site("Site-B", "B", 4, "B", 10, 0, 0, "GPU_X", 4)
                .site("Site-C", "C", 4, "C", 10, 0, 0, "GPU_Y", 8)
                .workload(training("big", 4).priority(5).models("GPU_X").build())
                .workload(training("local", 4).priority(3).in("A").models("GPU_X").build());
        for (int i = 0; i < 4; i++) {
            instance.workload(training("filler-" + i, 1).priority(1).models("GPU_Y").build());
        }
        return instance.problem();
    }

    private static PlacementSolution solve(PlanningProblem problem, boolean repair) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig());
        config.setPhaseConfigList(repair
                ? List.of(config.getPhaseConfigList().get(0),
                        new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new ExactRepair(LIMIT))))
                : List.of(config.getPhaseConfigList().get(0)));
        PlacementSolution built = new LocalPlanner(TestConfig.defaults(), new TerminationConfig()).build(problem)
                .solution();
        return SolverFactory.<PlacementSolution>create(config).buildSolver().solve(built);
    }

    private static List<String> unplaced(PlacementSolution solution) {
        return solution.getPlacements().stream().filter(p -> p.getPool() == null).map(Placement::getName).toList();
    }

    @Test
    void aLargeZoneIsSplitIntoRunsOfSitesWithinTheLimit() {
        PlacementSolution constructed = solve(rotationInALargeZone(), false);
        assertThat(unplaced(constructed)).containsExactly("local");
        ExactRepair.Candidates candidates = ExactRepair.Candidates.of(constructed);
        List<Set<Site>> neighbourhoods = ExactRepair.neighbourhoods(constructed, candidates, LIMIT);
        List<Set<String>> names = neighbourhoods.stream()
                .map(n -> Set.copyOf(n.stream().map(Site::name).toList())).toList();
        // the whole problem, zone A split in two runs, zone B, zone C, then the pairs of zones
        assertThat(names.subList(0, 5)).containsExactly(Set.of("Site-A", "Site-A2", "Site-B", "Site-C"),
                Set.of("Site-A"), Set.of("Site-A2"), Set.of("Site-B"), Set.of("Site-C"));
        assertThat(candidates.options(neighbourhoods.get(1))).isLessThanOrEqualTo(LIMIT);
        for (Set<Site> n : neighbourhoods) {
            ExactRepair.Freed freed = candidates.freed(n, LIMIT);
            int options = freed.placements().stream().mapToInt(p -> p.getCandidatePools().size()).sum();
            assertThat(options <= LIMIT || freed.placements().stream().allMatch(p -> p.getPool() != null))
                    .as("a neighbourhood to solve stays within the limit: %s", n).isTrue();
        }
    }

    @Test
    void theRepairFindsTheRotationInsideARunOfSites() {
        PlacementSolution repaired = solve(rotationInALargeZone(), true);
        assertThat(repaired.getScore().isFeasible()).isTrue();
        assertThat(unplaced(repaired)).isEmpty();
        Placement big = repaired.getPlacements().stream().filter(p -> p.getName().equals("big")).findFirst()
                .orElseThrow();
        assertThat(big.site().name()).isEqualTo("Site-B");
    }
}
