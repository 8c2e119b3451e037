package org.sovplan.placement.bench;

import static org.sovplan.placement.support.Instances.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.sovplan.placement.problem.PlanningProblem;
import org.sovplan.placement.support.Instances;

/**
 * Hand-made and seeded instances whose optimum is known without a solver. Every workload is a
 * one-day training run on GPU_X (1.5 kW IT per GPU, PUE 1), so GPUs, site power and zone headroom
 * are whole multiples of a GPU.
 */
final class PackingInstances {

    private PackingInstances() {
    }

    /**
     * Pool GPUs bind. "big" (priority 5) may run anywhere and is cheapest in zone A; "local"
     * (priority 3) may run in country A only. Both fit only if "big" moves to B and "local" takes
     * its place: one two-move rotation. Optimum: placed priority 8.
     */
    static PlanningProblem rotationOnPoolGpus() {
        return Instances.create()
                .zone("A", 100, 50, 100).zone("B", 100, 80, 100)
                .site("Site-A", "A", 4, "A", 10, 0, 0, "GPU_X", 4)
                .site("Site-B", "B", 4, "B", 10, 0, 0, "GPU_X", 4)
                .workload(training("big", 4).priority(5).build())
                .workload(training("local", 4).priority(3).in("A").build())
                .problem();
    }

    /**
     * Zone headroom binds across two sites: zone A has room for 4 GPUs (6 kW). "big" (priority 5)
     * is cheapest on Site-A1; "local" (priority 3) may use GPU_Y only, which only Site-A2 has.
     * Optimum: "big" in zone B, "local" on Site-A2, placed priority 8.
     */
    static PlanningProblem rotationOnZoneHeadroom() {
        return Instances.create()
                .zone("A", 100, 50, 0.006).zone("B", 100, 80, 100)
                .site("Site-A1", "A", 4, "A", 10, 0, 0, "GPU_X", 8)
                .site("Site-A2", "A", 4, "A", 10, 0, 0, "GPU_Y", 8)
                .site("Site-B", "B", 4, "B", 10, 0, 0, "GPU_X", 8)
                .workload(training("big", 4).priority(5).models("GPU_X").build())
                .workload(training("local", 4).priority(3).models("GPU_Y").build())
                .problem();
    }

    /**
     * Tight packing: each pool's GPUs are exactly the sum of a hidden group of 2-4 runs, so placing
     * every run is feasible, and only by filling every pool exactly. Each run may also use one or
     * two decoy sites, often in a cheaper zone; priorities are random. Optimum: everything placed.
     */
    static PlanningProblem tightPacking(int siteCount, long seed) {
        Random random = new Random(seed);
        Instances instance = Instances.create();
        List<List<Integer>> groups = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            String country = "C" + s;
            instance.zone(country, 100, 40 + random.nextInt(120), 1000);
            List<Integer> group = new ArrayList<>();
            int runs = 2 + random.nextInt(3);
            for (int r = 0; r < runs; r++) {
                group.add(1 + random.nextInt(8));
            }
            groups.add(group);
            instance.site("Site-" + s, country, 4, country, 100, 0, 0, "GPU_X",
                    group.stream().mapToInt(Integer::intValue).sum());
        }
        int index = 0;
        for (int s = 0; s < siteCount; s++) {
            for (int gpus : groups.get(s)) {
                List<String> allowed = new ArrayList<>(List.of("C" + s));
                int decoys = 1 + random.nextInt(2);
                for (int d = 0; d < decoys; d++) {
                    String decoy = "C" + random.nextInt(siteCount);
                    if (!allowed.contains(decoy)) {
                        allowed.add(decoy);
                    }
                }
                instance.workload(training("run-" + seed + "-" + index++, gpus).priority(1 + random.nextInt(10))
                        .in(allowed.toArray(String[]::new)).build());
            }
        }
        return instance.problem();
    }
}
