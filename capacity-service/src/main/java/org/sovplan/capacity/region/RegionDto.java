package org.sovplan.capacity.region;

import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of regions. */
public final class RegionDto {

    /** ISO 3166-1 alpha-2 ("KE") or ISO 3166-2 ("KE-30"). */
    public static final String CODE_PATTERN = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$";
    static final String CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 or ISO 3166-2 code, e.g. KE or KE-30";

    private RegionDto() {
    }

    /**
     * Body of create (code required) and update (code optional and equal to the path; version
     * required unless an If-Match header carries it).
     */
    @Schema(name = "RegionRequest")
    public record Request(
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "KE") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Kenya") String name,
            @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) @Schema(example = "KE") String parentCode,
            @PositiveOrZero @Schema(example = "55100000") Long population,
            @DecimalMin("-90") @DecimalMax("90") @Schema(example = "-0.02") Double lat,
            @DecimalMin("-180") @DecimalMax("180") @Schema(example = "37.9") Double lon,
            @PositiveOrZero @Schema(description = "Version the update is based on", example = "0") Long version) {
    }

    @Schema(name = "Region")
    public record Response(
            @Schema(example = "KE") String code,
            @Schema(example = "Kenya") String name,
            String parentCode,
            @Schema(example = "55100000") Long population,
            @Schema(example = "-0.02") Double lat,
            @Schema(example = "37.9") Double lon,
            @Schema(example = "0") long version,
            Instant createdAt,
            Instant updatedAt) {

        public static Response from(Region r) {
            return new Response(r.code, r.name, r.parentCode, r.population, r.lat, r.lon, r.version, r.createdAt,
                    r.updatedAt);
        }
    }
}
