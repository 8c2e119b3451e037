package org.sovplan.capacity.accelerator;

import java.util.Locale;

/**
 * What an accelerator model is suited for; placement-service sizes, places and advises by it.
 * <ul>
 * <li>{@code TRAINING}: data-centre parts on a high-bandwidth accelerator fabric (NVIDIA SXM with
 * NVLink/NVSwitch, 900 GB/s per H100 SXM; AMD OAM with Infinity Fabric). Training beyond one card
 * shards weights, gradients and optimiser state and exchanges them every step (ZeRO, Rajbhandari et
 * al. 2020), which needs that fabric. Sources: NVIDIA H100/H200/HGX B200 and A100 datasheets; AMD
 * Instinct MI300X data sheet.</li>
 * <li>{@code INFERENCE}: PCIe cards (L4, L40S, H100 PCIe): PCIe Gen4/5 at 64-128 GB/s and at most
 * NVLink bridges between pairs; NVIDIA positions L4 and L40S for inference, graphics and small
 * fine-tunes (L4 and L40S datasheets).</li>
 * <li>{@code EDGE}: embedded modules (Jetson AGX Orin, 15-60 W, 64 GB shared memory): inference at
 * the edge of models that fit their memory (Jetson AGX Orin series data sheet).</li>
 * </ul>
 */
public enum AcceleratorClass {
    TRAINING, INFERENCE, EDGE;

    /** The class a form factor implies when an entry states none: SXM and OAM train, edge modules serve at the edge. */
    public static AcceleratorClass ofFormFactor(String formFactor) {
        String f = formFactor == null ? "" : formFactor.strip().toUpperCase(Locale.ROOT);
        return switch (f) {
            case "SXM", "OAM" -> TRAINING;
            case "EDGE_MODULE" -> EDGE;
            default -> INFERENCE;
        };
    }
}
