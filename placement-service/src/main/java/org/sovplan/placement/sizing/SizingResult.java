package org.sovplan.placement.sizing;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a workload needs on one accelerator model. Training fields are null for inference and
 * the other way round. Power is exact to the watt; training reports energy per run (the run lasts
 * its target days at full draw), inference per year (at the inference load factor).
 */
@Schema(name = "Sizing")
public record SizingResult(
        @Schema(example = "NVIDIA_A100_SXM") String acceleratorModel,
        @Schema(description = "Accelerators needed", example = "557") int gpus,
        @Schema(description = "Training compute, FLOP (6·N·D)", example = "8.4E22") Double trainingFlop,
        @Schema(description = "Accelerator-hours of the training run, to 0.1 h", example = "186923.1") BigDecimal gpuHours,
        @Schema(description = "Accelerators needed to hold the training state in memory", example = "2") Integer memoryFloorGpus,
        @Schema(description = "Weights in accelerator memory, GB", example = "3.000") BigDecimal weightsGb,
        @Schema(description = "Memory per replica incl. KV cache and overhead, GB", example = "3.600") BigDecimal memoryPerReplicaGb,
        @Schema(description = "Accelerators per inference replica", example = "1") Integer gpusPerReplica,
        @Schema(description = "Sustained decode tokens/s of one replica, to 0.1", example = "960.0") BigDecimal tokensPerSecPerReplica,
        @Schema(description = "Inference replicas for the peak", example = "3") Integer replicas,
        @Schema(description = "IT power, W (GPUs × TDP × (1 + server overhead)), exact", example = "334200") long itWatts,
        @Schema(description = "IT power, kW, exact to the watt", example = "334.200") BigDecimal itKw,
        @Schema(description = "Facility power drawn from the grid, kW (IT × PUE), to the watt", example = "467.880") BigDecimal powerKw,
        @Schema(description = "PUE used", example = "1.4") double pue,
        @Schema(description = "Days one training run lasts (its target days); null for inference", example = "30") BigDecimal runDays,
        @Schema(description = "Energy of one training run at full draw, MWh, to the kWh; null for inference", example = "336.874") BigDecimal energyMwhPerRun,
        @Schema(description = "Energy per year at the inference load factor, MWh, to the kWh; null for training", example = "2459.2") BigDecimal energyMwhPerYear) {
}
