package org.sovplan.energy.supply;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.energy.zone.GridZoneDto;

/** Request and response shapes of power supplies. */
public final class PowerSupplyDto {

    private PowerSupplyDto() {
    }

    /** Body of create and update; on update, version is required unless an If-Match header carries it. */
    @Schema(name = "PowerSupplyRequest")
    public record Request(
            @NotNull @Schema(description = "A capacity-service site id (format checked only)",
                    example = "0b6f3c1e-6a51-4f0e-9f57-2a1d5b0c7e11") UUID siteId,
            @NotNull @Pattern(regexp = GridZoneDto.CODE_PATTERN, message = GridZoneDto.CODE_MESSAGE)
            @Schema(example = "KE") String zoneCode,
            @NotNull @DecimalMin("0") @DecimalMax("100000")
            @Schema(description = "Grid capacity contracted for the site", example = "12.0") Double contractedMw,
            @DecimalMin("0") @DecimalMax("100000")
            @Schema(description = "Firm on-site renewable output (not nameplate); 0 when absent", example = "2.0")
            Double onsiteRenewableMw,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "PowerSupply")
    public record Response(
            UUID id,
            @Schema(example = "0b6f3c1e-6a51-4f0e-9f57-2a1d5b0c7e11") UUID siteId,
            @Schema(example = "KE") String zoneCode,
            @Schema(example = "12.0") double contractedMw,
            @Schema(example = "2.0") double onsiteRenewableMw,
            @Schema(example = "0") long version,
            Instant createdAt,
            Instant updatedAt) {

        public static Response from(PowerSupply s) {
            return new Response(s.id, s.siteId, s.zoneCode, s.contractedMw, s.onsiteRenewableMw, s.version,
                    s.createdAt, s.updatedAt);
        }
    }
}
