package org.sovplan.placement.sizing;

import java.math.BigDecimal;

import org.sovplan.placement.config.PlacementConfig;

/**
 * The sizing formulas. Each step is a public method with its source so that a planner can
 * check every number by hand.
 */
public class Sizer {

    /** Hours in a (non-leap) year. */
    public static final double HOURS_PER_YEAR = 8760;

    private final PlacementConfig.Sizing assumptions;

    public Sizer(PlacementConfig.Sizing assumptions) {
        this.assumptions = assumptions;
    }

    /** Sizes a workload on one accelerator model at a site of the given PUE. */
    public SizingResult size(WorkloadSpec w, AcceleratorSpec model, double pue) {
        return w.type().isTraining() ? sizeTraining(w, model, pue) : sizeInference(w, model, pue);
    }

    private SizingResult sizeTraining(WorkloadSpec w, AcceleratorSpec model, double pue) {
        double mfu = w.mfu() != null ? w.mfu() : assumptions.defaultTrainingMfu();
        double flop = trainingFlop(w.params(), w.trainTokensBillion() * 1e9);
        double hours = gpuHours(flop, model.peakFlops(w.precision()), mfu);
        int computeGpus = gpusForDeadline(hours, w.targetDays());
        int memoryGpus = (int) Math.ceil(w.params() * assumptions.trainingBytesPerParam() / (model.memoryGb() * 1e9));
        int gpus = Math.max(computeGpus, memoryGpus);
        long itWatts = Units.itWatts(gpus, model.tdpWatts(), assumptions.serverOverhead());
        long gridWatts = Units.gridWatts(itWatts, pue);
        return new SizingResult(model.code(), gpus, flop, Units.decimal(hours, 1), memoryGpus, null, null, null, null,
                null, itWatts, Units.kw(itWatts), Units.kw(gridWatts), pue, BigDecimal.valueOf(w.targetDays()),
                Units.mwh(gridWatts, runHours(w.targetDays())), null);
    }

    private SizingResult sizeInference(WorkloadSpec w, AcceleratorSpec model, double pue) {
        double weightBytes = weightBytes(w.params(), w.precision().bytesPerParam());
        double replicaBytes = replicaBytes(w);
        int perReplica = (int) Math.ceil(replicaBytes / (model.memoryGb() * 1e9));
        double tokensPerSec = replicaTokensPerSec(w.params(), weightBytes, perReplica, model, w);
        int replicas = (int) Math.ceil(w.peakTokensPerSec() / tokensPerSec);
        int gpus = replicas * perReplica;
        long itWatts = Units.itWatts(gpus, model.tdpWatts(), assumptions.serverOverhead());
        long gridWatts = Units.gridWatts(itWatts, pue);
        return new SizingResult(model.code(), gpus, null, null, null, Units.decimal(weightBytes / 1e9, 3),
                Units.decimal(replicaBytes / 1e9, 3), perReplica, Units.decimal(tokensPerSec, 1), replicas, itWatts,
                Units.kw(itWatts), Units.kw(gridWatts), pue, null, null,
                Units.mwh(gridWatts, yearHours(assumptions.inferenceLoadFactor())));
    }

    /**
     * Training compute C = 6·N·D FLOP for N parameters and D tokens: 2 FLOP per parameter per
     * token forward, 4 backward (Kaplan et al. 2020, "Scaling Laws for Neural Language Models").
     */
    public static double trainingFlop(double params, double tokens) {
        return 6 * params * tokens;
    }

    /** Accelerator-hours = FLOP / (peak FLOP/s × MFU × 3600 s/h); MFU as in Chowdhery et al. 2022 (PaLM). */
    public static double gpuHours(double flop, double peakFlops, double mfu) {
        return flop / (peakFlops * mfu * 3600);
    }

    /** Accelerators to finish in time: GPU-hours / (target days × 24 h), rounded up. */
    public static int gpusForDeadline(double gpuHours, double targetDays) {
        return (int) Math.ceil(gpuHours / (targetDays * 24));
    }

    /** Weights in memory, bytes = N × bytes per parameter (2 bf16, 1 fp8/int8, 0.5 int4). */
    public static double weightBytes(double params, double bytesPerParam) {
        return params * bytesPerParam;
    }

    /**
     * Sustained decode tokens/s of one replica. Decoding is memory-bandwidth bound: every step
     * reads all weights once (Pope et al. 2022, "Efficiently Scaling Transformer Inference"), so
     * one sequence gets at most bandwidth / weight bytes tokens/s, and a batch of B sequences
     * shares that read. Throughput is capped by compute at 2·N FLOP per token (Kaplan et al. 2020).
     */
    public double replicaTokensPerSec(double params, double weightBytes, int gpusPerReplica, AcceleratorSpec model,
            WorkloadSpec w) {
        double bandwidthBytes = gpusPerReplica * model.memoryBandwidthTbps() * 1e12 * assumptions.bandwidthUtilisation();
        double memoryBound = assumptions.decodeBatchSize() * bandwidthBytes / weightBytes;
        double computeBound = gpusPerReplica * model.peakFlops(w.precision()) * assumptions.inferenceMfu() / (2 * params);
        return Math.min(memoryBound, computeBound);
    }

    /** IT power, MW = GPUs × TDP W × (1 + server overhead) / 1e6. */
    public static double itMw(int gpus, double tdpWatts, double serverOverhead) {
        return gpus * tdpWatts * (1 + serverOverhead) / 1e6;
    }

    /** Grid power, MW = GPUs × TDP × (1 + server overhead) × PUE / 1e6 (PUE: The Green Grid, 2007). */
    public static double powerMw(int gpus, double tdpWatts, double serverOverhead, double pue) {
        return itMw(gpus, tdpWatts, serverOverhead) * pue;
    }

    /**
     * Hours one training run draws power: its target days × 24. During the run the accelerators
     * work at the sized rate, so the run draws its full power for its whole length.
     */
    public static double runHours(double targetDays) {
        return targetDays * 24;
    }

    /** Full-power hours of a continuous service in a year: 8760 h × average load factor. */
    public static double yearHours(double loadFactor) {
        return HOURS_PER_YEAR * loadFactor;
    }

    /**
     * Memory one inference replica needs, bytes = weights × (1 + KV-cache and runtime overhead);
     * it does not depend on the accelerator, so placement rules can compare it with any model's memory.
     */
    public double replicaBytes(WorkloadSpec w) {
        return weightBytes(w.params(), w.precision().bytesPerParam()) * (1 + assumptions.kvOverheadFraction());
    }

    /** Energy per year, MWh = grid MW × 8760 h × average load factor. */
    public static double energyMwhPerYear(double powerMw, double loadFactor) {
        return powerMw * HOURS_PER_YEAR * loadFactor;
    }
}
