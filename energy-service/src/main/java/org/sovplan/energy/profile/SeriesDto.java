package org.sovplan.energy.profile;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response shapes of real hourly series. */
public final class SeriesDto {

    private SeriesDto() {
    }

    /** The figures of one UTC hour. */
    @Schema(name = "SeriesPoint")
    public record Point(
            @Schema(description = "Start of the hour, UTC", example = "2024-01-15T10:00:00Z") Instant timestamp,
            @Schema(example = "612.0") double carbonIntensityGPerKwh,
            @Schema(example = "71.5") double priceUsdPerMwh) {

        static Point from(SeriesPoint p) {
            return new Point(p.hourStart, p.carbonIntensityGPerKwh, p.priceUsdPerMwh);
        }
    }

    /** What an import stored. */
    @Schema(name = "SeriesSummary")
    public record Summary(
            @Schema(example = "ZA") String zoneCode,
            @Schema(example = "Operator hourly data 2024") String source,
            @Schema(example = "false") boolean estimated,
            @Schema(example = "8784") int pointCount,
            @Schema(example = "2024-01-01T00:00:00Z") Instant firstHour,
            @Schema(example = "2024-12-31T23:00:00Z") Instant lastHour,
            @Schema(example = "0") long version) {

        static Summary from(ZoneSeries s) {
            return new Summary(s.zoneCode, s.source, s.estimated, s.pointCount, s.firstHour, s.lastHour, s.version);
        }
    }
}
