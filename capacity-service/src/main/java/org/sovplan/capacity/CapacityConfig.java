package org.sovplan.capacity;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of capacity-service, under {@code sovplan.capacity.*} (or {@code SOVPLAN_CAPACITY_*}). */
@ConfigMapping(prefix = "sovplan.capacity")
public interface CapacityConfig {

    /**
     * Power a server draws per accelerator beyond the accelerator's TDP (CPUs, memory, network,
     * fans), as a fraction of the TDP; 0.5 means a 700 W GPU occupies 1,050 W of IT load.
     */
    @WithDefault("0.5")
    @PositiveOrZero
    @DecimalMax("5.0")
    double serverOverhead();

    /** How long an Idempotency-Key is remembered; a key older than this is treated as new. */
    @WithDefault("P1D")
    Duration idempotencyRetention();

    /** Most rows one site import may carry; a larger import is refused with 413. */
    @WithDefault("5000")
    @Min(1)
    @Max(100_000)
    int importMaxRows();
}
