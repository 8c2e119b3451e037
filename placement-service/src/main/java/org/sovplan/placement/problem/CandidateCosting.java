package org.sovplan.placement.problem;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.Sizer;
import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.Pool;
import org.sovplan.placement.workload.WorkloadType;

/**
 * Cost, carbon and soft penalties of one option. Yearly cost = energy MWh × zone price +
 * GPUs × unit price / amortisation years; carbon tCO2e = MWh × gCO2e/kWh / 1000. Penalties,
 * USD-equivalent per year: cost × w_cost; tCO2e × carbon price × w_carbon; latency ms ×
 * premium per ms × cost × w_latency (inference only); (4 − SEAL) × premium per level × cost × w_sov.
 */
public class CandidateCosting {

    private final PlacementConfig config;

    public CandidateCosting(PlacementConfig config) {
        this.config = config;
    }

    /** The candidate of a workload sized {@code base} (at PUE 1) on a pool. */
    public Candidate cost(WorkloadType type, SizingResult base, AcceleratorSpec model, Pool pool, Double latencyMs,
            Weights weights) {
        var site = pool.site();
        double itMw = base.itMw();
        double gridMw = itMw * site.pue();
        double load = type.isTraining() ? config.sizing().trainingLoadFactor() : config.sizing().inferenceLoadFactor();
        double mwh = Sizer.energyMwhPerYear(gridMw, load);
        double costUsd = mwh * site.zone().priceUsdPerMwh()
                + base.gpus() * model.priceUsd() / config.costs().amortisationYears();
        double tco2e = mwh * site.zone().carbonGPerKwh() / 1000;
        Weights w = weights.orDefaults();
        long costPenalty = Math.round(w.cost() * costUsd);
        long carbonPenalty = Math.round(w.carbon() * tco2e * config.costs().carbonPriceUsdPerTonne());
        long latencyPenalty = latencyMs == null || type.isTraining() ? 0
                : Math.round(w.latency() * latencyMs * config.costs().latencyPremiumPerMs() * costUsd);
        long sovereigntyPenalty = Math.round(w.sovereignty() * (4 - site.sovereigntyLevel())
                * config.costs().sovereigntyPremiumPerLevel() * costUsd);
        return new Candidate(pool, base.gpus(), kw(itMw), kw(gridMw), latencyMs, mwh, costUsd, tco2e, costPenalty,
                carbonPenalty, latencyPenalty, sovereigntyPenalty);
    }

    /** MW to whole kW, rounded up so that capacity checks never under-count. */
    static long kw(double mw) {
        return (long) Math.ceil(mw * 1000 - 1e-9);
    }

    /** MW of capacity to whole kW, rounded down so that capacity is never over-stated. */
    static long kwFloor(double mw) {
        return Math.max(0, (long) Math.floor(mw * 1000 + 1e-9));
    }
}
