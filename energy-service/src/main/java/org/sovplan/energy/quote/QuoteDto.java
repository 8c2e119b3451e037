package org.sovplan.energy.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.energy.profile.HourlyFigures;
import org.sovplan.energy.zone.GridZoneDto;

/** Request and response shapes of energy quotes. */
public final class QuoteDto {

    private QuoteDto() {
    }

    /**
     * What to price: a zone or a site (exactly one); a flat load ({@code loadMw}, {@code hours},
     * {@code start}) or a {@code schedule} (exactly one); optionally a window in which it may shift.
     */
    @Schema(name = "EnergyQuoteRequest")
    public record Request(
            @Pattern(regexp = GridZoneDto.CODE_PATTERN, message = GridZoneDto.CODE_MESSAGE)
            @Schema(description = "Grid zone to price in (or give siteId)", example = "KE") String zoneCode,
            @Schema(description = "Site whose power supply names the zone and on-site renewables (or give zoneCode)")
            UUID siteId,
            @Positive @Schema(description = "Flat load", example = "10.0") Double loadMw,
            @Min(1) @Schema(description = "Duration of the flat load", example = "24") Integer hours,
            @Schema(description = "Start of the flat load, on a whole UTC hour", example = "2026-01-15T00:00:00Z")
            Instant start,
            @Size(min = 1, max = 1000) List<@Valid @NotNull Segment> schedule,
            @Schema(description = "Earliest start the load may shift to (with latestEnd)",
                    example = "2026-01-15T00:00:00Z") Instant earliestStart,
            @Schema(description = "Latest end the load may shift to (with earliestStart)",
                    example = "2026-01-18T00:00:00Z") Instant latestEnd,
            @Schema(description = "Answer one row per hour", example = "false") Boolean includeBreakdown) {
    }

    /** One block of a schedule; blocks that overlap add up. */
    @Schema(name = "EnergyQuoteSegment")
    public record Segment(
            @NotNull @Schema(example = "2026-01-15T08:00:00Z") Instant start,
            @NotNull @Min(1) @Max(100000) @Schema(example = "6") Integer hours,
            @NotNull @Positive @Schema(example = "4.0") Double loadMw) {
    }

    @Schema(name = "EnergyQuote")
    public record Response(
            @Schema(example = "KE") String zoneCode,
            UUID siteId,
            @Schema(example = "2026-01-15T00:00:00Z") Instant start,
            @Schema(example = "2026-01-16T00:00:00Z") Instant end,
            @Schema(example = "24") int hours,
            @Schema(description = "Energy the load uses", example = "240.0") double energyMwh,
            @Schema(description = "Part met by on-site renewables", example = "0.0") double onsiteRenewableMwh,
            @Schema(description = "Part drawn from the grid", example = "240.0") double gridEnergyMwh,
            @Schema(example = "36000.0") double costUsd,
            @Schema(example = "16.8") double emissionsTCo2e,
            @Schema(description = "costUsd / gridEnergyMwh", example = "150.0") Double averagePriceUsdPerMwh,
            @Schema(description = "Grid-energy-weighted carbon intensity", example = "70.0") Double averageCarbonGPerKwh,
            @Schema(example = "10.0") double peakLoadMw,
            @Schema(description = "Peak grid draw, net of on-site renewables", example = "10.0") double peakGridMw,
            @Schema(description = "Date the headroom is taken on: the start's UTC date", example = "2026-01-15")
            LocalDate headroomAsOf,
            @Schema(description = "Zone's net headroom on headroomAsOf", example = "158.0") double headroomMw,
            @Schema(description = "headroomMw plus the site's own contracted MW (site quotes)", example = "158.0")
            double availableMw,
            @Schema(description = "Whether peakGridMw fits in availableMw", example = "true") boolean withinHeadroom,
            DataBasis dataBasis,
            Option bestByCarbon,
            Option bestByCost,
            @Schema(description = "What the figures do not show: headroom exceeded, flat or illustrative data")
            List<String> warnings,
            List<Hour> breakdown) {
    }

    /** How many hours of the requested run came from each kind of data. */
    @Schema(name = "EnergyQuoteDataBasis")
    public record DataBasis(
            @Schema(example = "0") int seriesHours,
            @Schema(example = "24") int profileHours,
            @Schema(example = "0") int flatHours) {
    }

    /** A start within the window, its totals and its saving against the requested start (negative: it costs more). */
    @Schema(name = "EnergyQuoteOption")
    public record Option(
            @Schema(example = "2026-01-15T22:00:00Z") Instant start,
            @Schema(example = "2026-01-16T22:00:00Z") Instant end,
            @Schema(example = "33120.0") double costUsd,
            @Schema(example = "15.6") double emissionsTCo2e,
            @Schema(example = "2880.0") double savingUsd,
            @Schema(example = "1.2") double savingTCo2e) {
    }

    /** One hour of the requested run. */
    @Schema(name = "EnergyQuoteHour")
    public record Hour(
            @Schema(example = "2026-01-15T00:00:00Z") Instant timestamp,
            @Schema(example = "10.0") double loadMw,
            @Schema(example = "10.0") double gridMw,
            @Schema(example = "70.0") double carbonIntensityGPerKwh,
            @Schema(example = "150.0") double priceUsdPerMwh,
            @Schema(example = "1500.0") double costUsd,
            @Schema(example = "0.7") double emissionsTCo2e,
            @Schema(example = "PROFILE") HourlyFigures.Basis basis) {
    }
}
