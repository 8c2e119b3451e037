package org.sovplan.placement.solver;

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
 * The rules of placement. Hard: GPUs per pool, IT MW per site, grid headroom per zone (in GPUs
 * and kW over the limit), and the static rules (sovereignty, jurisdiction, model, latency,
 * availability, carbon), which candidate filtering already enforces and which are checked here
 * again so that no plan can break them. Medium: unplaced workloads, by priority. Soft: cost,
 * carbon, latency and sovereignty preference in USD-equivalent per year.
 */
public class PlacementConstraints implements ConstraintProvider {

    public static final String POOL_GPUS = "Pool GPU capacity";
    public static final String SITE_POWER = "Site IT power";
    public static final String GRID_HEADROOM = "Grid headroom";
    public static final String SOVEREIGNTY = "Sovereignty level";
    public static final String JURISDICTION = "Allowed jurisdiction";
    public static final String MODEL = "Allowed accelerator model";
    public static final String LATENCY = "Latency bound";
    public static final String AVAILABILITY = "Site available by start date";
    public static final String CARBON_LIMIT = "Carbon intensity limit";
    public static final String UNPLACED = "Unplaced workload";
    public static final String COST = "Energy and hardware cost";
    public static final String CARBON = "Carbon";
    public static final String LATENCY_COST = "Latency";
    public static final String SOVEREIGNTY_PREFERENCE = "Sovereign site preference";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                poolGpuCapacity(factory), siteItPower(factory), gridHeadroom(factory),
                sovereigntyLevel(factory), jurisdiction(factory), acceleratorModel(factory), latencyBound(factory),
                siteAvailability(factory), carbonLimit(factory),
                unplaced(factory),
                cost(factory), carbon(factory), latency(factory), sovereigntyPreference(factory) };
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
                .groupBy(Placement::site, ConstraintCollectors.sumLong(Placement::itKw))
                .filter((site, kw) -> kw > site.availableItKw())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (site, kw) -> kw - site.availableItKw())
                .justifyWith((site, kw, score) -> new Overrun("site", site.name(), kw, site.availableItKw(), "kW"))
                .asConstraint(SITE_POWER);
    }

    Constraint gridHeadroom(ConstraintFactory factory) {
        return factory.forEach(Placement.class)
                .groupBy(p -> p.site().zone(), ConstraintCollectors.sumLong(Placement::gridKw))
                .filter((zone, kw) -> kw > zone.headroomKw())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (zone, kw) -> kw - zone.headroomKw())
                .justifyWith((zone, kw, score) -> new Overrun("zone", zone.code(), kw, zone.headroomKw(), "kW"))
                .asConstraint(GRID_HEADROOM);
    }

    Constraint sovereigntyLevel(ConstraintFactory factory) {
        return rule(factory, p -> p.site().sovereigntyLevel() < p.getMinSovereigntyLevel() ? 1 : 0,
                "below SEAL-minimum", SOVEREIGNTY);
    }

    Constraint jurisdiction(ConstraintFactory factory) {
        return rule(factory, p -> !p.getAllowedJurisdictions().isEmpty()
                && !p.getAllowedJurisdictions().contains(p.site().jurisdiction()) ? 1 : 0,
                "jurisdiction not allowed", JURISDICTION);
    }

    Constraint acceleratorModel(ConstraintFactory factory) {
        return rule(factory, p -> !p.getAllowedModels().isEmpty()
                && !p.getAllowedModels().contains(p.getPool().modelCode()) ? 1 : 0,
                "accelerator model not allowed", MODEL);
    }

    Constraint latencyBound(ConstraintFactory factory) {
        return rule(factory, p -> p.getMaxLatencyMs() != null && (p.candidate().latencyMs() == null
                || p.candidate().latencyMs() > p.getMaxLatencyMs()) ? 1 : 0, "latency above bound", LATENCY);
    }

    Constraint siteAvailability(ConstraintFactory factory) {
        return rule(factory, p -> p.site().availableBy(p.getNeededBy()) ? 0 : 1, "site not available in time",
                AVAILABILITY);
    }

    Constraint carbonLimit(ConstraintFactory factory) {
        return rule(factory, p -> p.getMaxCarbonGPerKwh() != null
                && p.site().zone().carbonGPerKwh() > p.getMaxCarbonGPerKwh() ? 1 : 0,
                "grid carbon intensity above limit", CARBON_LIMIT);
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

    private static Constraint rule(ConstraintFactory factory, java.util.function.ToIntFunction<Placement> broken,
            String rule, String name) {
        return factory.forEach(Placement.class)
                .filter(p -> broken.applyAsInt(p) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((p, score) -> new RuleBroken(p.getWorkloadId(), p.getName(), p.site().name(), rule))
                .asConstraint(name);
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
