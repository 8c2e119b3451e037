package org.sovplan.placement.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import org.sovplan.placement.solver.Justifications.Overrun;
import org.sovplan.placement.solver.Justifications.Penalty;
import org.sovplan.placement.solver.Justifications.RuleBroken;
import org.sovplan.placement.solver.Justifications.Unplaced;

/**
 * The rules of placement. Hard: GPUs per pool, IT power per site, grid headroom per zone (in GPUs
 * and watts over the limit), and one constraint per static {@link PlacementRule} (sovereignty,
 * jurisdiction, model, class, latency, availability, carbon...), the same rule objects candidate
 * filtering applies, checked here again so that no plan can break them. Medium: unplaced
 * workloads, by priority. Soft: cost, carbon, latency and sovereignty preference in USD-equivalent
 * (per run for training, per year for inference).
 */
public class PlacementConstraints implements ConstraintProvider {

    public static final String POOL_GPUS = "Pool GPU capacity";
    public static final String SITE_POWER = "Site IT power";
    public static final String GRID_HEADROOM = "Grid headroom";
    public static final String SOVEREIGNTY = PlacementRule.SOVEREIGNTY.constraintName();
    public static final String JURISDICTION = PlacementRule.JURISDICTION.constraintName();
    public static final String MODEL = PlacementRule.MODEL.constraintName();
    public static final String LATENCY = PlacementRule.LATENCY.constraintName();
    public static final String AVAILABILITY = PlacementRule.AVAILABILITY.constraintName();
    public static final String CARBON_LIMIT = PlacementRule.CARBON.constraintName();
    public static final String ACCELERATOR_CLASS = PlacementRule.ACCELERATOR_CLASS.constraintName();
    public static final String UNPLACED = "Unplaced workload";
    public static final String COST = "Energy and hardware cost";
    public static final String CARBON = "Carbon";
    public static final String LATENCY_COST = "Latency";
    public static final String SOVEREIGNTY_PREFERENCE = "Sovereign site preference";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        List<Constraint> all = new ArrayList<>(List.of(poolGpuCapacity(factory), siteItPower(factory),
                gridHeadroom(factory)));
        for (PlacementRule rule : PlacementRule.values()) {
            if (rule.isStatic()) {
                all.add(placementRule(factory, rule));
            }
        }
        all.addAll(List.of(unplaced(factory), cost(factory), carbon(factory), latency(factory),
                sovereigntyPreference(factory)));
        return all.toArray(Constraint[]::new);
    }

    Constraint poolGpuCapacity(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::getPool, ConstraintCollectors.sum(Placement::gpus))
                .filter((pool, gpus) -> gpus > pool.availableGpus())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (pool, gpus) -> gpus - pool.availableGpus())
                .justifyWith((pool, gpus, score) -> new Overrun("pool", pool.toString(), gpus, pool.availableGpus(), "GPUs"))
                .asConstraint(POOL_GPUS);
    }

    Constraint siteItPower(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(Placement::site, ConstraintCollectors.sumLong(Placement::itWatts))
                .filter((site, w) -> w > site.availableItWatts())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (site, w) -> w - site.availableItWatts())
                .justifyWith((site, w, score) -> new Overrun("site", site.name(), w, site.availableItWatts(), "W"))
                .asConstraint(SITE_POWER);
    }

    Constraint gridHeadroom(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(p -> p.site().zone(), ConstraintCollectors.sumLong(Placement::gridWatts))
                .filter((zone, w) -> w > zone.headroomWatts())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (zone, w) -> w - zone.headroomWatts())
                .justifyWith((zone, w, score) -> new Overrun("zone", zone.code(), w, zone.headroomWatts(), "W"))
                .asConstraint(GRID_HEADROOM);
    }

    /** One static rule as a hard constraint: the very test candidate filtering applies. */
    Constraint placementRule(ConstraintFactory factory, PlacementRule rule) {
        return factory.forEach(Placement.class)
                .filter(p -> p.breaks(rule))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((p, score) -> new RuleBroken(p.getWorkloadId(), p.getName(), p.site().name(),
                        rule.description()))
                .asConstraint(rule.constraintName());
    }

    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Placement.class)
                .filter(p -> p.getPool() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, Placement::getPriority)
                .justifyWith((p, score) -> new Unplaced(p.getWorkloadId(), p.getName(), p.getPriority()))
                .asConstraint(UNPLACED);
    }

    Constraint cost(ConstraintFactory factory) {
        return soft(factory, c -> c.costPenalty(), COST);
    }

    Constraint carbon(ConstraintFactory factory) {
        return soft(factory, c -> c.carbonPenalty(), CARBON);
    }

    Constraint latency(ConstraintFactory factory) {
        return soft(factory, c -> c.latencyPenalty(), LATENCY_COST);
    }

    Constraint sovereigntyPreference(ConstraintFactory factory) {
        return soft(factory, c -> c.sovereigntyPenalty(), SOVEREIGNTY_PREFERENCE);
    }

    private static Constraint soft(ConstraintFactory factory, ToLongFunction<Candidate> penalty, String name) {
        return factory.forEach(Placement.class)
                .filter(p -> penalty.applyAsLong(p.candidate()) != 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, p -> penalty.applyAsLong(p.candidate()))
                .justifyWith((p, score) -> new Penalty(p.getWorkloadId(), p.getName(), p.getPool().toString(),
                        penalty.applyAsLong(p.candidate())))
                .asConstraint(name);
    }
}
