package org.sovplan.placement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.problem.ProblemBuilder;
import org.sovplan.placement.solver.PlacementSolution;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.support.Instances;
import org.sovplan.placement.support.TestConfig;

/** The exact reference on instances whose optimum is known by hand. */
class ExactReferenceTest {

    private static PlacementSolution built(PlanningProblem problem) {
        return new ProblemBuilder(TestConfig.defaults()).build(problem).solution();
    }

    private static String site(Map<UUID, Pool> pools, String workload) {
        Pool pool = pools.get(Instances.uuid(workload));
        return pool == null ? "unplaced" : pool.site().name();
    }

    @Test
    void theRotationOnPoolGpusPlacesBothWithTheBigRunMovedAway() {
        ExactReference.Optimum optimum = ExactReference.solve(built(PackingInstances.rotationOnPoolGpus()), 10);
        assertThat(optimum.proven()).isTrue();
        assertThat(optimum.placedPriority()).isEqualTo(8);
        assertThat(site(optimum.pools(), "big")).isEqualTo("Site-B");
        assertThat(site(optimum.pools(), "local")).isEqualTo("Site-A");
    }

    @Test
    void theRotationOnZoneHeadroomPlacesBothWithTheBigRunInTheOtherZone() {
        ExactReference.Optimum optimum = ExactReference.solve(built(PackingInstances.rotationOnZoneHeadroom()), 10);
        assertThat(optimum.proven()).isTrue();
        assertThat(optimum.placedPriority()).isEqualTo(8);
        assertThat(site(optimum.pools(), "big")).isEqualTo("Site-B");
        assertThat(site(optimum.pools(), "local")).isEqualTo("Site-A2");
    }

    @Test
    void withoutContentionTheCheapestSiteWinsAndTheSoftPenaltyIsItsCost() {
        PlacementSolution problem = built(Instances.create()
                .zone("CHEAP", 100, 50, 100).zone("DEAR", 100, 200, 100)
                .site("Dear", "KE", 4, "DEAR", 10, 0, 0, "GPU_X", 100)
                .site("Cheap", "KE", 4, "CHEAP", 10, 0, 0, "GPU_X", 100)
                .workload(Instances.training("run", 10).priority(4).build()).problem());
        ExactReference.Optimum optimum = ExactReference.solve(problem, 10);
        assertThat(optimum.placedPriority()).isEqualTo(4);
        assertThat(site(optimum.pools(), "run")).isEqualTo("Cheap");
        long cheapest = problem.getPlacements().get(0).getCandidatePools().stream()
                .mapToLong(pool -> problem.getPlacements().get(0).candidateAt(pool).softPenalty()).min().orElseThrow();
        assertThat(optimum.softPenalty()).isEqualTo(cheapest);
    }

    @Test
    void aTightPackingInstancePlacesEveryRun() {
        PlacementSolution problem = built(PackingInstances.tightPacking(6, 3L));
        long total = problem.getPlacements().stream().mapToLong(p -> p.getPriority()).sum();
        ExactReference.Optimum optimum = ExactReference.solve(problem, 30);
        assertThat(optimum.proven()).isTrue();
        assertThat(optimum.placedPriority()).isEqualTo(total);
        assertThat(optimum.pools()).hasSize(problem.getPlacements().size());
    }
}
