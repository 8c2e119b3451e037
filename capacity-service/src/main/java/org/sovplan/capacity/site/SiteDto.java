package org.sovplan.capacity.site;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.capacity.accelerator.PoolDto;
import org.sovplan.capacity.region.RegionDto;
import org.sovplan.common.domain.SovereigntyLevel;

/** Request and response shapes of sites. */
public final class SiteDto {

    static final String COUNTRY_PATTERN = "^[A-Z]{2}$";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code, e.g. KE";
    /** Electricity-Maps-style zone keys: KE, DE, US-CAL-CISO, IN-NO. */
    static final String ZONE_PATTERN = "^[A-Z]{2}(-[A-Z0-9]{1,20}){0,3}$";
    /** The largest site we accept: several times today's largest campuses, still catching unit mistakes (kW for MW). */
    public static final String MAX_IT_MW = "10000";

    private SiteDto() {
    }

    /**
     * Body of create, of each row of an import, and of update. {@code pools} may be given on
     * create and import only; afterwards pools are changed under {@code /sites/{id}/pools}.
     * {@code version} is required on update unless an If-Match header carries it.
     */
    @Schema(name = "SiteRequest")
    public record Request(
            @NotBlank @Size(max = 200) @Schema(example = "Nairobi Sovereign Cloud 1") String name,
            @NotNull @Pattern(regexp = RegionDto.CODE_PATTERN, message = "must be an ISO 3166-1 alpha-2 or ISO 3166-2 code, e.g. KE or KE-30")
            @Schema(example = "KE-30") String regionCode,
            @NotNull @Schema(example = "SOVEREIGN_CLOUD") SiteType type,
            @NotBlank @Size(max = 200) @Schema(example = "Example Sovereign Cloud Ltd") String operator,
            @NotNull @Pattern(regexp = COUNTRY_PATTERN, message = COUNTRY_MESSAGE)
            @Schema(description = "Country of the operator's headquarters", example = "KE") String operatorHqCountry,
            @NotNull @Pattern(regexp = COUNTRY_PATTERN, message = COUNTRY_MESSAGE)
            @Schema(description = "Country whose law governs the site's data", example = "KE") String jurisdiction,
            @NotNull @Schema(example = "SEAL-3") SovereigntyLevel sovereigntyLevel,
            @Size(max = 20) @Schema(example = "[\"ISO27001\"]")
            List<@NotBlank @Size(max = 60) String> certifications,
            @NotNull @Schema(example = "OPERATIONAL") SiteStatus status,
            @Schema(description = "When the site is (or was) first available; required for PLANNED and UNDER_CONSTRUCTION",
                    example = "2025-06-01") LocalDate availableFrom,
            @NotNull @PositiveOrZero @DecimalMax(value = MAX_IT_MW, message = "must be at most " + MAX_IT_MW + " MW")
            @Digits(integer = 5, fraction = 3, message = "must have at most 3 decimals")
            @Schema(description = "Critical IT load the site can power, MW", example = "10.0") BigDecimal itCapacityMw,
            @PositiveOrZero @DecimalMax(value = MAX_IT_MW, message = "must be at most " + MAX_IT_MW + " MW")
            @Digits(integer = 5, fraction = 3, message = "must have at most 3 decimals")
            @Schema(description = "Expansion potential: the most IT MW the site can ever hold (land, permits, substation); "
                    + "at least itCapacityMw; absent when unknown", example = "40.0") BigDecimal maxItMw,
            @NotNull @DecimalMin(value = "1.0", message = "must be at least 1.0")
            @DecimalMax(value = "3.0", message = "must be at most 3.0")
            @Digits(integer = 1, fraction = 2, message = "must have at most 2 decimals")
            @Schema(description = "Power usage effectiveness, 1.0 to 3.0", example = "1.5") BigDecimal pue,
            @NotNull @Size(max = 40) @Pattern(regexp = ZONE_PATTERN, message = "must be a grid zone key such as KE or US-CAL-CISO")
            @Schema(example = "KE") String gridZoneCode,
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "-1.29") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "36.82") Double lon,
            @Min(1) @Max(4) @Schema(description = "Uptime Institute tier, 1 to 4", example = "3") Integer tier,
            @Size(max = 500) @Schema(description = "Where the figures come from", example = "https://example.org/press-release")
            String source,
            @Schema(description = "Whether the figures are estimates; default false", example = "false") Boolean estimated,
            @Size(max = 50) @Schema(description = "Initial pools, on create and import only")
            List<PoolDto.@Valid @NotNull Seed> pools,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "Site")
    public record Response(
            @Schema(example = "0b6f2d4e-8a41-4a5e-9d7c-1f0e7a3b2c10") UUID id,
            @Schema(example = "Nairobi Sovereign Cloud 1") String name,
            @Schema(example = "KE-30") String regionCode,
            @Schema(example = "SOVEREIGN_CLOUD") SiteType type,
            @Schema(example = "Example Sovereign Cloud Ltd") String operator,
            @Schema(example = "KE") String operatorHqCountry,
            @Schema(example = "KE") String jurisdiction,
            @Schema(example = "SEAL-3") SovereigntyLevel sovereigntyLevel,
            @Schema(example = "[\"ISO27001\"]") List<String> certifications,
            @Schema(example = "OPERATIONAL") SiteStatus status,
            @Schema(example = "2025-06-01") LocalDate availableFrom,
            @Schema(example = "10.0") double itCapacityMw,
            @Schema(description = "IT MW held by active reservations", example = "1.2") double reservedItMw,
            @Schema(example = "8.8") double availableItMw,
            @Schema(description = "Expansion potential, IT MW; absent when unknown", example = "40.0") Double maxItMw,
            @Schema(example = "1.5") double pue,
            @Schema(example = "KE") String gridZoneCode,
            @Schema(example = "-1.29") double lat,
            @Schema(example = "36.82") double lon,
            @Schema(example = "3") Integer tier,
            String source,
            @Schema(example = "false") boolean estimated,
            @Schema(description = "Counts edits of the site itself; reservations and pool changes do not change it",
                    example = "4") long version,
            Instant createdAt,
            Instant updatedAt,
            List<PoolDto.Response> pools) {

        public static Response from(Site s) {
            return new Response(s.id, s.name, s.regionCode, s.type, s.operator, s.operatorHqCountry, s.jurisdiction,
                    s.sovereigntyLevel, List.copyOf(s.certifications), s.status, s.availableFrom,
                    s.itCapacityMw.doubleValue(), s.reservedItMw.doubleValue(), s.availableItMw().doubleValue(),
                    s.maxItMw == null ? null : s.maxItMw.doubleValue(),
                    s.pue.doubleValue(), s.gridZoneCode, s.lat, s.lon, s.tier == null ? null : s.tier.intValue(),
                    s.source, s.estimated, s.version, s.createdAt, s.updatedAt,
                    s.pools.stream().map(PoolDto.Response::from).toList());
        }
    }
}
