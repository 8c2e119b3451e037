package org.sovplan.energy.candidate;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of candidate grid upgrades. */
public final class UpgradeCandidateDto {

    private UpgradeCandidateDto() {
    }

    /** Body of create and update; on update, version is required unless an If-Match header carries it. */
    @Schema(name = "UpgradeCandidateRequest")
    public record Request(
            @NotBlank @Size(max = 200) @Schema(example = "Menengai geothermal phase II (illustrative)") String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000")
            @Schema(description = "Most capacity for new loads the upgrade can add, MW", example = "100") Double maxMw,
            @NotNull @DecimalMin("0") @DecimalMax("1e10")
            @Schema(description = "Capex per MW added, USD", example = "4000000") Double capexUsdPerMw,
            @NotNull @Min(0) @Max(30)
            @Schema(description = "Whole years from the decision (and its capex) to the first year it serves", example = "3")
            Integer leadTimeYears,
            @Schema(description = "Whether the capacity it adds is renewable; false when absent", example = "true")
            Boolean renewable,
            @Size(max = 500) @Schema(example = "Illustrative, after GDC Menengai project figures") String source,
            @Schema(description = "Whether the figures are estimates or illustrative; false when absent", example = "true")
            Boolean estimated,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "UpgradeCandidate")
    public record Response(
            UUID id,
            @Schema(example = "KE") String zoneCode,
            @Schema(example = "Menengai geothermal phase II (illustrative)") String name,
            @Schema(example = "100") double maxMw,
            @Schema(example = "4000000") double capexUsdPerMw,
            @Schema(example = "3") int leadTimeYears,
            @Schema(example = "true") boolean renewable,
            String source,
            @Schema(example = "true") boolean estimated,
            @Schema(example = "0") long version,
            Instant createdAt,
            Instant updatedAt) {

        public static Response from(UpgradeCandidate c) {
            return new Response(c.id, c.zoneCode, c.name, c.maxMw, c.capexUsdPerMw, c.leadTimeYears, c.renewable,
                    c.source, c.estimated, c.version, c.createdAt, c.updatedAt);
        }
    }
}
