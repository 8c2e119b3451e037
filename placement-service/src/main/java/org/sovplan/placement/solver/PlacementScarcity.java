package org.sovplan.placement.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import ai.timefold.solver.core.api.domain.common.ComparatorFactory;

/**
 * The construction heuristic's order: the most priority per unit of the scarce resource first,
 * the greedy order of a knapsack (Dantzig 1957: value per unit of weight), generalised to the
 * three limits a workload draws on (pool GPUs, site IT watts, zone grid watts).
 *
 * <p>Each limit's pressure is the demand every workload that could use it puts on it (a workload
 * with k candidates counts 1/k of its need on each), divided by the limit: above 1 the resource is
 * contended. A workload's size on one candidate is the largest of its shares of the three limits,
 * each share weighted by that limit's pressure (at least 1), so that a share of a contended zone
 * weighs more than the same share of an idle pool; its size is that of its smallest candidate, the
 * one it would cost the others least. The order is priority divided by size, then more priority,
 * then fewer candidates, then the workload id, so the same problem always gives the same order.
 */
public class PlacementScarcity implements ComparatorFactory<PlacementSolution, Placement> {

    @Override
    public Comparator<Placement> createComparator(PlacementSolution solution) {
        Pressure pressure = Pressure.of(solution);
        Map<Placement, Double> density = new HashMap<>();
        for (Placement p : solution.getPlacements()) {
            density.put(p, density(p, pressure));
        }
        // ascending difficulty: the construction heuristic places the last first
        return Comparator.<Placement>comparingDouble(p -> density.getOrDefault(p, 0.0))
                .thenComparingInt(Placement::getPriority)
                .thenComparingInt((Placement p) -> -p.getCandidatePools().size())
                .thenComparing(Placement::getWorkloadId);
    }

    /** Priority per unit of the scarcest resource the workload's smallest candidate draws on. */
    static double density(Placement p, Pressure pressure) {
        double size = Double.MAX_VALUE;
        for (Pool pool : p.getCandidatePools()) {
            size = Math.min(size, pressure.size(p.candidateAt(pool)));
        }
        return size == Double.MAX_VALUE || size <= 0 ? 0 : p.getPriority() / size;
    }

    /** Demand over supply per pool, site and zone, counting each workload spread over its candidates. */
    static final class Pressure {
        private final Map<Pool, Double> pools = new HashMap<>();
        private final Map<Site, Double> sites = new HashMap<>();
        private final Map<GridZone, Double> zones = new HashMap<>();

        static Pressure of(PlacementSolution solution) {
            Pressure pressure = new Pressure();
            for (Placement p : solution.getPlacements()) {
                int k = p.getCandidatePools().size();
                for (Pool pool : p.getCandidatePools()) {
                    Candidate c = p.candidateAt(pool);
                    pressure.pools.merge(pool, ratio(c.gpus(), pool.availableGpus()) / k, Double::sum);
                    pressure.sites.merge(pool.site(), ratio(c.itWatts(), pool.site().availableItWatts()) / k,
                            Double::sum);
                    pressure.zones.merge(pool.site().zone(),
                            ratio(c.gridWatts(), pool.site().zone().headroomWatts()) / k, Double::sum);
                }
            }
            return pressure;
        }

        /** The candidate's largest pressure-weighted share of a limit. */
        double size(Candidate c) {
            Site site = c.pool().site();
            return Math.max(ratio(c.gpus(), c.pool().availableGpus()) * weight(pools.get(c.pool())),
                    Math.max(ratio(c.itWatts(), site.availableItWatts()) * weight(sites.get(site)),
                            ratio(c.gridWatts(), site.zone().headroomWatts()) * weight(zones.get(site.zone()))));
        }

        private static double weight(Double pressure) {
            return pressure == null ? 1 : Math.max(1, pressure);
        }

        private static double ratio(double use, double limit) {
            return limit <= 0 ? 1 : use / limit;
        }
    }
}
