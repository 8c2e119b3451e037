package org.sovplan.capacity.reservation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.capacity.accelerator.PoolDto;
import org.sovplan.capacity.site.SiteDto;

/** Request and response shapes of reservations. */
public final class ReservationDto {

    private ReservationDto() {
    }

    @Schema(name = "ReservationRequest")
    public record Request(
            @NotNull @Schema(example = "0b6f2d4e-8a41-4a5e-9d7c-1f0e7a3b2c10") UUID siteId,
            @NotBlank @Size(max = 64) @Schema(example = "NVIDIA_H100_SXM") String modelCode,
            @NotNull @Positive @Max(PoolDto.MAX_INSTALLED) @Schema(example = "64") Integer gpus,
            @PositiveOrZero @DecimalMax(value = SiteDto.MAX_IT_MW, message = "must be at most " + SiteDto.MAX_IT_MW + " MW")
            @Digits(integer = 5, fraction = 6, message = "must have at most 6 decimals")
            @Schema(description = "IT MW the GPUs draw, reserved exactly as given (to the watt: at most 6 decimals); "
                    + "default gpus × tdpWatts × (1 + server overhead) / 1e6 to the nearest watt",
                    example = "0.0672") BigDecimal itMw,
            @Size(max = 300) @Schema(description = "What the reservation is for, free text",
                    example = "plan/6c1d0f2e/workload/77aa") String reference) {
    }

    @Schema(name = "Reservation")
    public record Response(
            @Schema(example = "5d2c7e8a-1b3f-4c6d-9e0a-2f4b6d8c0e1a") UUID id,
            @Schema(example = "0b6f2d4e-8a41-4a5e-9d7c-1f0e7a3b2c10") UUID siteId,
            @Schema(example = "NVIDIA_H100_SXM") String modelCode,
            @Schema(example = "64") int gpus,
            @JsonSerialize(using = PlainDecimal.class)
            @Schema(description = "IT MW the GPUs draw, exact to the watt (6 decimals)", example = "0.0672") BigDecimal itMw,
            @Schema(example = "plan/6c1d0f2e/workload/77aa") String reference,
            @Schema(example = "ACTIVE") ReservationStatus status,
            @Schema(description = "The caller that made it", example = "service-account-placement") String createdBy,
            Instant createdAt,
            @Schema(description = "When it was released; absent while active") Instant releasedAt) {

        public static Response from(Reservation r) {
            return new Response(r.id, r.siteId, r.modelCode, r.gpus, r.itMw, r.reference, r.status,
                    r.createdBy, r.createdAt, r.releasedAt);
        }
    }
}
