package org.sovplan.placement.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

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
        assertEquals(new BigDecimal("186965.8"), s.gpuHours());
        // memory floor: 7e9 × 16 B / 80 GB = 1.4 → 2 GPUs (not binding)
        assertEquals(2, s.memoryFloorGpus());
        // IT: 260 × 400 W × 1.5 = 156,000 W = 156 kW; grid: × 1.4 = 218.4 kW, exact, no float noise
        assertEquals(156_000, s.itWatts());
        assertEquals(new BigDecimal("156.000"), s.itKw());
        assertEquals(new BigDecimal("218.400"), s.powerKw());
        // a run, not a year: 218.4 kW × 30 d × 24 h = 157,248 kWh = 157.248 MWh per run
        assertEquals(new BigDecimal("157.248"), s.energyMwhPerRun());
        assertEquals(new BigDecimal("30.0"), s.runDays());
        assertNull(s.energyMwhPerYear());
        assertNull(s.replicas());
    }

    @Test
    void aFourteenDayFineTuneReportsTheEnergyOfItsRun() {
        // 8B on 20B tokens: 6 × 8e9 × 20e9 = 9.6e20 FLOP; / (312e12 × 0.4 × 3600) = 2,136.8 A100-hours;
        // / (14 d × 24 h) = 6.36 → 7 A100. IT 7 × 400 W × 1.5 = 4,200 W; grid × 1.6 = 6,720 W;
        // the run: 6.72 kW × 336 h = 2,257.92 kWh = 2.258 MWh (not 53 MWh "per year").
        WorkloadSpec w = new WorkloadSpec(WorkloadType.FINE_TUNING, 8, Precision.BF16, 20.0, 14.0, 0.4, null);
        SizingResult s = sizer.size(w, A100, 1.6);
        assertEquals(7, s.gpus());
        assertEquals(new BigDecimal("2136.8"), s.gpuHours());
        assertEquals(4_200, s.itWatts());
        assertEquals(new BigDecimal("4.200"), s.itKw());
        assertEquals(new BigDecimal("6.720"), s.powerKw());
        assertEquals(new BigDecimal("2.258"), s.energyMwhPerRun());
        assertNull(s.energyMwhPerYear());
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
        assertEquals(new BigDecimal("3.000"), s.weightsGb());
        assertEquals(new BigDecimal("3.600"), s.memoryPerReplicaGb());
        assertEquals(1, s.gpusPerReplica());
        assertEquals(new BigDecimal("960.0"), s.tokensPerSecPerReplica());
        // 2000 / 960 = 2.08 → 3 replicas × 1 GPU
        assertEquals(3, s.replicas());
        assertEquals(3, s.gpus());
        // 3 × 72 W × 1.5 = 324 W IT: 0.324 kW exactly (once shown as 3.24E-4 MW); grid × 1.5 = 486 W
        assertEquals(324, s.itWatts());
        assertEquals(new BigDecimal("0.324"), s.itKw());
        assertEquals(new BigDecimal("0.486"), s.powerKw());
        // a year at load factor 0.6: 486 W × 8760 h × 0.6 = 2,554.416 kWh = 2.554 MWh
        assertEquals(new BigDecimal("2.554"), s.energyMwhPerYear());
        assertNull(s.energyMwhPerRun());
    }

    @Test
    void wattsAreExactAndNeverRoundedUp() {
        // one 60 W Jetson module with 50 % server overhead draws 90 W: 0.090 kW, not 0.001 MW
        assertEquals(90, Units.itWatts(1, 60, 0.5));
        assertEquals(new BigDecimal("0.090"), Units.kw(90));
        assertEquals(new BigDecimal("0.000090"), Units.mw(90));
        // capacity in MW becomes watts rounded down: 0.0499999 MW is 49,999 W, never 50 kW
        assertEquals(49_999, Units.wattsOfMw(0.0499999));
        assertEquals(135, Units.gridWatts(90, 1.5));
    }

    @Test
    void largeModelsSpanSeveralGpusPerReplica() {
        // 70B bf16: 140 GB weights × 1.2 = 168 GB → 3 × 80 GB H100 per replica
        WorkloadSpec w = new WorkloadSpec(WorkloadType.LLM_INFERENCE, 70, Precision.BF16, null, null, null, 100.0);
        SizingResult s = sizer.size(w, H100, 1.3);
        assertEquals(3, s.gpusPerReplica());
        // 16 × 3 × 3.35e12 × 0.6 / 140e9 = 689.1 tokens/s; compute cap 3 × 989e12 × 0.3 / 140e9 = 6358
        assertEquals(new BigDecimal("689.1"), s.tokensPerSecPerReplica());
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
