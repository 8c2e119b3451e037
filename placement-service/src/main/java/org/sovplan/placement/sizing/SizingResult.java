package org.sovplan.placement.sizing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a workload needs on one accelerator model. Training fields are null for inference and
 * the other way round.
 */
@Schema(name = "Sizing")
public record SizingResult(
        @Schema(example = "NVIDIA_A100_SXM") String acceleratorModel,
        @Schema(description = "Accelerators needed", example = "557") int gpus,
        @Schema(description = "Training compute, FLOP (6·N·D)", example = "8.4E22") Double trainingFlop,
        @Schema(description = "Accelerator-hours of the training run", example = "186923") Double gpuHours,
        @Schema(description = "Accelerators needed to hold the training state in memory", example = "2") Integer memoryFloorGpus,
        @Schema(description = "Weights in accelerator memory, GB", example = "3") Double weightsGb,
        @Schema(description = "Memory per replica incl. KV cache and overhead, GB", example = "3.6") Double memoryPerReplicaGb,
        @Schema(description = "Accelerators per inference replica", example = "1") Integer gpusPerReplica,
        @Schema(description = "Sustained decode tokens/s of one replica", example = "960") Double tokensPerSecPerReplica,
        @Schema(description = "Inference replicas for the peak", example = "3") Integer replicas,
        @Schema(description = "IT power, MW (GPUs × TDP × (1 + server overhead))", example = "0.33") double itMw,
        @Schema(description = "Facility power drawn from the grid, MW (IT × PUE)", example = "0.47") double powerMw,
        @Schema(description = "PUE used", example = "1.4") double pue,
        @Schema(description = "Energy per year at the assumed load factor, MWh", example = "3700") double energyMwhPerYear) {
}
