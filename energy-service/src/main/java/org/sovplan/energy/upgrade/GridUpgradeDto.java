package org.sovplan.energy.upgrade;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.energy.zone.GridZoneDto;

/** Request and response shapes of grid upgrades. */
public final class GridUpgradeDto {

    private GridUpgradeDto() {
    }

    /** Body of create and update; on update, version is required unless an If-Match header carries it. */
    @Schema(name = "GridUpgradeRequest")
    public record Request(
            @NotNull @Pattern(regexp = GridZoneDto.CODE_PATTERN, message = GridZoneDto.CODE_MESSAGE)
            @Schema(example = "KE") String zoneCode,
            @NotBlank @Size(max = 200) @Schema(example = "Olkaria geothermal expansion (illustrative)") String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000")
            @Schema(description = "Capacity the upgrade makes available to new loads", example = "140.0") Double addedMw,
            @NotNull @DecimalMin("0") @DecimalMax("1000000")
            @Schema(description = "Renewable part of addedMw (at most addedMw)", example = "140.0") Double renewableMw,
            @DecimalMin("0") @DecimalMax("1e13") @Schema(example = "560000000") Double capexUsd,
            @NotNull @Schema(example = "2027-06-30") LocalDate expectedOnline,
            @NotNull @Schema(example = "APPROVED") GridUpgradeStatus status,
            @Size(max = 500) @Schema(example = "Illustrative, after KenGen expansion plans") String source,
            @Schema(description = "Whether the figures are estimates or illustrative; false when absent",
                    example = "true") Boolean estimated,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "GridUpgrade")
    public record Response(
            UUID id,
            @Schema(example = "KE") String zoneCode,
            @Schema(example = "Olkaria geothermal expansion (illustrative)") String name,
            @Schema(example = "140.0") double addedMw,
            @Schema(example = "140.0") double renewableMw,
            @Schema(example = "560000000") Double capexUsd,
            @Schema(example = "2027-06-30") LocalDate expectedOnline,
            @Schema(example = "APPROVED") GridUpgradeStatus status,
            String source,
            @Schema(example = "true") boolean estimated,
            @Schema(example = "0") long version,
            Instant createdAt,
            Instant updatedAt) {

        public static Response from(GridUpgrade u) {
            return new Response(u.id, u.zoneCode, u.name, u.addedMw, u.renewableMw, u.capexUsd, u.expectedOnline,
                    u.status, u.source, u.estimated, u.version, u.createdAt, u.updatedAt);
        }
    }
}
