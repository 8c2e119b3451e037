package org.sovplan.placement.support;

import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;

/** The seeded catalogue of capacity-service (V2 figures, V3 classes), for hand-worked plans. */
public final class Catalogue {

    public static final AcceleratorSpec H100_SXM = spec("NVIDIA_H100_SXM", 80, 3.35, 700, 989, 1979.0, 30000,
            AcceleratorClass.TRAINING);
    public static final AcceleratorSpec H100_PCIE = spec("NVIDIA_H100_PCIE", 80, 2.0, 350, 756, 1513.0, 25000,
            AcceleratorClass.INFERENCE);
    public static final AcceleratorSpec H200_SXM = spec("NVIDIA_H200_SXM", 141, 4.8, 700, 989, 1979.0, 35000,
            AcceleratorClass.TRAINING);
    public static final AcceleratorSpec B200 = spec("NVIDIA_B200", 180, 8.0, 1000, 2250, 4500.0, 40000,
            AcceleratorClass.TRAINING);
    public static final AcceleratorSpec A100_SXM = spec("NVIDIA_A100_SXM", 80, 2.039, 400, 312, null, 15000,
            AcceleratorClass.TRAINING);
    public static final AcceleratorSpec L40S = spec("NVIDIA_L40S", 48, 0.864, 350, 362, 733.0, 8000,
            AcceleratorClass.INFERENCE);
    public static final AcceleratorSpec L4 = spec("NVIDIA_L4", 24, 0.3, 72, 121, 242.0, 2500, AcceleratorClass.INFERENCE);
    public static final AcceleratorSpec MI300X = spec("AMD_MI300X", 192, 5.3, 750, 1307, 2615.0, 15000,
            AcceleratorClass.TRAINING);
    public static final AcceleratorSpec JETSON = spec("NVIDIA_JETSON_AGX_ORIN_64GB", 64, 0.2048, 60, 42.5, null, 1600,
            AcceleratorClass.EDGE);

    private Catalogue() {
    }

    /** Instances with the whole seeded catalogue, and only it. */
    public static Instances with(Instances instances) {
        instances.withoutModels();
        for (AcceleratorSpec m : new AcceleratorSpec[] { H100_SXM, H100_PCIE, H200_SXM, B200, A100_SXM, L40S, L4, MI300X,
                JETSON }) {
            instances.model(m);
        }
        return instances;
    }

    private static AcceleratorSpec spec(String code, double memoryGb, double bandwidth, double tdp, double bf16,
            Double fp8, double price, AcceleratorClass c) {
        return new AcceleratorSpec(code, memoryGb, bandwidth, tdp, bf16, fp8, price, c, true);
    }
}
