package org.sovplan.energy.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of typical profiles. */
public final class ProfileDto {

    /** Upper bounds shared by JSON and CSV imports. */
    static final double MAX_CARBON = 3000;
    static final double MAX_PRICE = 100000;

    private ProfileDto() {
    }

    /** One month x UTC hour cell of a typical profile. */
    @Schema(name = "ProfileRow")
    public record Row(
            @NotNull @Min(1) @Max(12) @Schema(example = "1") Integer month,
            @NotNull @Min(0) @Max(23) @Schema(description = "Hour of day in UTC", example = "10") Integer hour,
            @NotNull @DecimalMin("0") @DecimalMax("3000") @Schema(example = "620.0") Double carbonIntensityGPerKwh,
            @NotNull @DecimalMin("0") @DecimalMax("100000") @Schema(example = "75.0") Double priceUsdPerMwh) {
    }

    /** A whole profile: exactly one row for each of the 288 month x hour cells. */
    @Schema(name = "ProfileRequest")
    public record Request(
            @NotBlank @Size(max = 500) @Schema(example = "Illustrative, shaped after Eskom Megaflex TOU") String source,
            @NotNull @Schema(description = "Whether the profile is estimated or illustrative", example = "true")
            Boolean estimated,
            @NotNull @Size(max = 10000) List<@Valid @NotNull Row> rows) {
    }

    @Schema(name = "Profile")
    public record Response(
            @Schema(example = "ZA") String zoneCode,
            @Schema(example = "Illustrative, shaped after Eskom Megaflex TOU") String source,
            @Schema(example = "true") boolean estimated,
            @Schema(example = "0") long version,
            Instant updatedAt,
            @Schema(description = "288 rows ordered by month, then hour") List<Row> rows) {

        public static Response from(ZoneProfile p) {
            List<Row> rows = new ArrayList<>(ZoneProfile.CELLS);
            for (int month = 1; month <= 12; month++) {
                for (int hour = 0; hour < 24; hour++) {
                    int cell = ZoneProfile.cell(month, hour);
                    rows.add(new Row(month, hour, p.carbonIntensityGPerKwh[cell], p.priceUsdPerMwh[cell]));
                }
            }
            return new Response(p.zoneCode, p.source, p.estimated, p.version, p.updatedAt, rows);
        }
    }
}
