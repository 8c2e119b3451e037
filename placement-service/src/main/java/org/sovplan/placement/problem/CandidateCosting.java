package org.sovplan.placement.problem;

import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.sizing.Sizer;
import org.sovplan.placement.sizing.SizingResult;
import org.sovplan.placement.sizing.Units;
import org.sovplan.placement.sizing.WorkloadSpec;
import org.sovplan.placement.solver.Candidate;
import org.sovplan.placement.solver.Pool;

/**
 * Cost, carbon and soft penalties of one option, per run for training and fine-tuning (the run
 * lasts its target days at full draw) and per year for inference (8760 h at the inference load
 * factor). Cost = energy MWh × zone price + GPUs × unit price / (amortisation years × 8760 h) ×
 * the hours covered; carbon tCO2e = MWh × gCO2e/kWh / 1000. Penalties, USD-equivalent on the same
 * basis: cost × w_cost; tCO2e × carbon price × w_carbon; latency ms × premium per ms × cost ×
 * w_latency (inference only); (4 − SEAL) × premium per level × cost × w_sov.
 */
public class CandidateCosting {

    private final PlacementConfig config;

    public CandidateCosting(PlacementConfig config) {
        this.config = config;
    }

    /** The candidate of a workload sized {@code base} (at PUE 1) on a pool. */
    public Candidate cost(WorkloadSpec spec, SizingResult base, AcceleratorSpec model, Pool pool, Double latencyMs,
            Weights weights) {
        var site = pool.site();
        OperatingFigures f = figures(spec, base.gpus(), base.itWatts(), site.pue(), site.zone().priceUsdPerMwh(),
                site.zone().carbonGPerKwh(), model.priceUsd());
        Weights w = weights.orDefaults();
        double costUsd = f.costUsd();
        long costPenalty = Math.round(w.cost() * costUsd);
        long carbonPenalty = Math.round(w.carbon() * f.tco2e() * config.costs().carbonPriceUsdPerTonne());
        long latencyPenalty = latencyMs == null || spec.type().isTraining() ? 0
                : Math.round(w.latency() * latencyMs * config.costs().latencyPremiumPerMs() * costUsd);
        long sovereigntyPenalty = Math.round(w.sovereignty() * (4 - site.sovereigntyLevel())
                * config.costs().sovereigntyPremiumPerLevel() * costUsd);
        return new Candidate(pool, base.gpus(), base.itWatts(), f.gridWatts(), latencyMs, f.finite(), f.hours(),
                f.energyMwh(), costUsd, f.tco2e(), costPenalty, carbonPenalty, latencyPenalty, sovereigntyPenalty);
    }

    /** Power, energy, cost and carbon of {@code gpus} accelerators drawing {@code itWatts} at a site or zone. */
    public OperatingFigures figures(WorkloadSpec spec, int gpus, long itWatts, double pue, double priceUsdPerMwh,
            double carbonGPerKwh, double unitPriceUsd) {
        long gridWatts = Units.gridWatts(itWatts, pue);
        boolean finite = spec.type().isTraining();
        double hours = finite ? Sizer.runHours(spec.targetDays()) : Sizer.HOURS_PER_YEAR;
        double drawHours = finite ? hours : Sizer.yearHours(config.sizing().inferenceLoadFactor());
        double mwh = gridWatts * drawHours / 1e6;
        double hardware = gpus * unitPriceUsd / (config.costs().amortisationYears() * Sizer.HOURS_PER_YEAR) * hours;
        return new OperatingFigures(gridWatts, finite, hours, mwh, mwh * priceUsdPerMwh, hardware,
                mwh * carbonGPerKwh / 1000);
    }
}
