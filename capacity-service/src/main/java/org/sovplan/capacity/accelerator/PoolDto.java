package org.sovplan.capacity.accelerator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of accelerator pools. */
public final class PoolDto {

    /** Most accelerators one pool may hold: far beyond the largest cluster, still catching typos. */
    public static final int MAX_INSTALLED = 10_000_000;

    private PoolDto() {
    }

    /** A pool given with a new site: the model and how many are installed. */
    @Schema(name = "PoolSeed")
    public record Seed(
            @NotBlank @Pattern(regexp = AcceleratorModelDto.CODE_PATTERN, message = AcceleratorModelDto.CODE_MESSAGE)
            @Schema(example = "NVIDIA_H100_SXM") String modelCode,
            @NotNull @PositiveOrZero @Max(MAX_INSTALLED) @Schema(example = "256") Integer installed) {
    }

    /** Body of PUT .../pools/{modelCode}: the new installed count, optionally the version it is based on. */
    @Schema(name = "PoolRequest")
    public record Request(
            @NotNull @PositiveOrZero @Max(MAX_INSTALLED) @Schema(example = "256") Integer installed,
            @PositiveOrZero @Schema(description = "Version the change is based on; without it (and without If-Match) the change is unconditional",
                    example = "0") Long version) {
    }

    @Schema(name = "Pool")
    public record Response(
            @Schema(example = "NVIDIA_H100_SXM") String modelCode,
            @Schema(example = "256") int installed,
            @Schema(description = "Held by active reservations", example = "32") int reserved,
            @Schema(example = "224") int available,
            @Schema(description = "Counts changes of 'installed'; reservations do not change it", example = "2") long version) {

        public static Response from(AcceleratorPool pool) {
            return new Response(pool.id.modelCode, pool.installed, pool.reserved, pool.available(), pool.version);
        }
    }
}
