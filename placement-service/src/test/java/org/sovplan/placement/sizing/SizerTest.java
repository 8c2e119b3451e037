package org.sovplan.placement.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.support.TestConfig;
import org.sovplan.placement.workload.Precision;
import org.sovplan.placement.workload.WorkloadType;

/** The sizing formulas against numbers worked by hand (docs/placement-service.md shows the same). */
class SizerTest {

    static final AcceleratorSpec A100 = new AcceleratorSpec("NVIDIA_A100_SXM", 80.0, 2.039, 400.0, 312.0, null, 15000.0);
    static final AcceleratorSpec L4 = new AcceleratorSpec("NVIDIA_L4", 24.0, 0.3, 72.0, 121.0, 242.0, 2500.0);
    static final AcceleratorSpec H100 = new AcceleratorSpec("NVIDIA_H100_SXM", 80.0, 3.35, 700.0, 989.0, 1979.0, 30000.0);

    private final Sizer sizer = new Sizer(TestConfig.defaults().sizing());

    @Test
    void sevenBillionOnTwoTrillionTokensIs8point4e22Flop() {
        assertEquals(8.4e22, Sizer.trainingFlop(7e9, 2e12), 1e9);
    }

    @Test
    void thatIsAbout187kA100HoursAt40PercentMfu() {
        // 8.4e22 / (312e12 × 0.4 × 3600) = 186,966 GPU-hours (≈187k)
        assertEquals(186_966, Sizer.gpuHours(8.4e22, 312e12, 0.4), 1);
    }

    @Test
    void gpusAreGpuHoursOverTheDeadlineRoundedUp() {
        // 186,966 h / (30 d × 24 h) = 259.7 → 260 GPUs
        assertEquals(260, Sizer.gpusForDeadline(186_966, 30));
        assertEquals(1, Sizer.gpusForDeadline(1, 30));
    }

    @Test
    void trainingSizingCombinesComputeAndPower() {
        WorkloadSpec w = new WorkloadSpec(WorkloadType.TRAINING, 7, Precision.BF16, 2000.0, 30.0, 0.4, null);
        SizingResult s = sizer.size(w, A100, 1.4);
        assertEquals(260, s.gpus());
        assertEquals(186_966, s.gpuHours(), 1);
        // memory floor: 7e9 × 16 B / 80 GB = 1.4 → 2 GPUs (not binding)
        assertEquals(2, s.memoryFloorGpus());
        // IT: 260 × 400 W × 1.5 / 1e6 = 0.156 MW; grid: × 1.4 = 0.2184 MW
        assertEquals(0.156, s.itMw(), 1e-9);
        assertEquals(0.2184, s.powerMw(), 1e-9);
        // 0.2184 MW × 8760 h × 0.9 = 1721.9 MWh/yr
        assertEquals(1721.87, s.energyMwhPerYear(), 0.01);
        assertNull(s.replicas());
    }

    @Test
    void memoryFloorBindsForBigModelsOnShortRuns() {
        // 70B needs 70e9 × 16 B = 1120 GB of training state → 14 × 80 GB, more than the 1 GPU compute needs
        WorkloadSpec w = new WorkloadSpec(WorkloadType.FINE_TUNING, 70, Precision.BF16, 0.001, 30.0, 0.4, null);
        assertEquals(14, sizer.size(w, A100, 1.0).gpus());
    }

    @Test
    void inferenceIsBoundByMemoryBandwidthOverWeightBytes() {
        // 3B int8: weights 3 GB, with 20% KV/overhead 3.6 GB → 1 L4 (24 GB) per replica.
        // Decode: 16 sequences × 0.3e12 B/s × 0.6 / 3e9 B = 960 tokens/s per replica
        // (compute cap: 242e12 × 0.3 / (2 × 3e9) = 12,100 tokens/s, not binding).
        WorkloadSpec w = new WorkloadSpec(WorkloadType.SLM_INFERENCE, 3, Precision.INT8, null, null, null, 2000.0);
        SizingResult s = sizer.size(w, L4, 1.5);
        assertEquals(3.0, s.weightsGb(), 1e-9);
        assertEquals(3.6, s.memoryPerReplicaGb(), 1e-9);
        assertEquals(1, s.gpusPerReplica());
        assertEquals(960, s.tokensPerSecPerReplica(), 1e-6);
        // 2000 / 960 = 2.08 → 3 replicas × 1 GPU
        assertEquals(3, s.replicas());
        assertEquals(3, s.gpus());
        // 3 × 72 W × 1.5 / 1e6 = 0.000324 MW IT
        assertEquals(0.000324, s.itMw(), 1e-12);
    }

    @Test
    void largeModelsSpanSeveralGpusPerReplica() {
        // 70B bf16: 140 GB weights × 1.2 = 168 GB → 3 × 80 GB H100 per replica
        WorkloadSpec w = new WorkloadSpec(WorkloadType.LLM_INFERENCE, 70, Precision.BF16, null, null, null, 100.0);
        SizingResult s = sizer.size(w, H100, 1.3);
        assertEquals(3, s.gpusPerReplica());
        // 16 × 3 × 3.35e12 × 0.6 / 140e9 = 689.1 tokens/s; compute cap 3 × 989e12 × 0.3 / 140e9 = 6358
        assertEquals(689.14, s.tokensPerSecPerReplica(), 0.01);
        assertEquals(1, s.replicas());
    }

    @Test
    void powerFormulaIncludesServerOverheadAndPue() {
        // 1000 H100 × 700 W × 1.5 × 1.3 / 1e6 = 1.365 MW
        assertEquals(1.365, Sizer.powerMw(1000, 700, 0.5, 1.3), 1e-9);
    }

    @Test
    void fp8UsesTheFp8PeakWhereTheDatasheetHasOne() {
        assertEquals(1979e12, H100.peakFlops(Precision.FP8), 1);
        assertEquals(312e12, A100.peakFlops(Precision.FP8), 1);
    }
}
