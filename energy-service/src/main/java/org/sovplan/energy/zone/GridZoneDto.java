package org.sovplan.energy.zone;

import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of grid zones. */
public final class GridZoneDto {

    /** Electricity-Maps-style zone keys: a country ("KE") or a country's sub-zone ("US-CAL-CISO", "IN-NO"). */
    public static final String CODE_PATTERN = "^[A-Z]{2,3}(-[A-Z0-9]{1,12}){0,3}$";
    public static final String CODE_MESSAGE = "must be a zone key such as KE, DE or US-CAL-CISO";
    /** ISO 3166-1 alpha-2. */
    public static final String COUNTRY_PATTERN = "^[A-Z]{2}$";
    public static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code, e.g. KE";

    private GridZoneDto() {
    }

    /**
     * Body of create (code required) and update (code optional and equal to the path; version
     * required unless an If-Match header carries it).
     */
    @Schema(name = "GridZoneRequest")
    public record Request(
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "KE") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Kenya") String name,
            @NotNull @Pattern(regexp = COUNTRY_PATTERN, message = COUNTRY_MESSAGE) @Schema(example = "KE") String countryCode,
            @NotNull @DecimalMin("0") @DecimalMax("3000")
            @Schema(description = "Lifecycle carbon intensity, annual average", example = "70.0") Double carbonIntensityGPerKwh,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "90.0") Double renewableSharePct,
            @NotNull @DecimalMin("0") @DecimalMax("100000")
            @Schema(description = "Industrial tariff, annual average", example = "150.0") Double priceUsdPerMwh,
            @NotNull @DecimalMin("0") @DecimalMax("1000000")
            @Schema(description = "Capacity for new large loads today, before upgrades and contracts", example = "120.0") Double headroomMw,
            @DecimalMin("0") @DecimalMax("8784") @Schema(example = "30.0") Double reliabilityOutageHoursPerYear,
            @NotBlank @Size(max = 500) @Schema(example = "Ember 2024") String source,
            @NotNull @Min(1990) @Max(2100) @Schema(example = "2024") Integer year,
            @NotNull @Schema(description = "Whether the figures are estimates or illustrative", example = "false") Boolean estimated,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "GridZone")
    public record Response(
            @Schema(example = "KE") String code,
            @Schema(example = "Kenya") String name,
            @Schema(example = "KE") String countryCode,
            @Schema(example = "70.0") double carbonIntensityGPerKwh,
            @Schema(example = "90.0") double renewableSharePct,
            @Schema(example = "150.0") double priceUsdPerMwh,
            @Schema(description = "Recorded headroom, before upgrades and contracts; see /headroom for the net figure",
                    example = "120.0") double headroomMw,
            @Schema(example = "30.0") Double reliabilityOutageHoursPerYear,
            @Schema(example = "Ember 2024") String source,
            @Schema(example = "2024") int year,
            @Schema(example = "false") boolean estimated,
            @Schema(example = "1") long version,
            Instant createdAt,
            Instant updatedAt) {

        public static Response from(GridZone z) {
            return new Response(z.code, z.name, z.countryCode, z.carbonIntensityGPerKwh, z.renewableSharePct,
                    z.priceUsdPerMwh, z.headroomMw, z.reliabilityOutageHoursPerYear, z.source, z.year, z.estimated,
                    z.version, z.createdAt, z.updatedAt);
        }
    }
}
