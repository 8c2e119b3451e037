package org.sovplan.placement.sizing;

/**
 * What an accelerator model suits, as capacity-service's catalogue states it: {@code TRAINING}
 * (data-centre parts on a high-bandwidth accelerator fabric: NVLink/NVSwitch SXM, Infinity Fabric
 * OAM), {@code INFERENCE} (PCIe cards such as L4, L40S, H100 PCIe) or {@code EDGE} (embedded modules
 * such as Jetson AGX Orin). docs/placement-service.md, "Accelerator classes", has the rules and sources.
 */
public enum AcceleratorClass {
    TRAINING, INFERENCE, EDGE
}
