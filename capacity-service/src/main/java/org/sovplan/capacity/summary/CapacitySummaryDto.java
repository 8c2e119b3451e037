package org.sovplan.capacity.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sovplan.capacity.site.SiteStatus;

/** The shape of the capacity summary. */
public final class CapacitySummaryDto {

    private CapacitySummaryDto() {
    }

    @Schema(name = "AcceleratorTotals")
    public record Accelerators(
            @Schema(example = "NVIDIA_H100_SXM") String modelCode,
            @Schema(example = "512") long installed,
            @Schema(example = "64") long reserved,
            @Schema(example = "448") long available) {
    }

    @Schema(name = "CapacityTotals")
    public record Totals(
            @Schema(description = "Sites counted", example = "5") int sites,
            @Schema(description = "IT MW of the sites counted", example = "42.5") double itCapacityMw,
            @Schema(description = "itCapacityMw split by site status (sites counted as of a date may still be PLANNED)",
                    example = "{\"PLANNED\": 10.0, \"UNDER_CONSTRUCTION\": 12.5, \"OPERATIONAL\": 20.0}")
            Map<SiteStatus, Double> itCapacityMwByStatus,
            @Schema(example = "1.2") double reservedItMw,
            @Schema(example = "41.3") double availableItMw,
            @Schema(description = "Accelerators by model") List<Accelerators> gpusByModel) {
    }

    @Schema(name = "CountryCapacity")
    public record Country(
            @Schema(example = "KE") String countryCode,
            @Schema(example = "Kenya") String countryName,
            @Schema(example = "55100000") Long population,
            @Schema(description = "itCapacityMw per million inhabitants, absent without a population", example = "0.77")
            Double itCapacityMwPerMillionPeople,
            Totals totals) {
    }

    @Schema(name = "CapacitySummary")
    public record Response(
            @Schema(description = "The region asked for, absent for all", example = "KE") String regionCode,
            @Schema(description = "The date asked for: only sites operational by then count", example = "2027-01-01")
            LocalDate asOf,
            @Schema(description = "One entry per country; subdivision sites count for their country") List<Country> countries,
            @Schema(description = "All countries together") Totals totals) {
    }
}
