package org.sovplan.placement.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * The shapes placement-service reads from capacity-service (docs/api-contracts.md). Tolerant
 * readers: fields they do not know are ignored.
 */
public final class CapacityViews {

    private CapacityViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SiteView(UUID id, String name, String regionCode, String type, String jurisdiction,
            String sovereigntyLevel, String status, LocalDate availableFrom, Double itCapacityMw, Double availableItMw,
            Double pue, String gridZoneCode, Double lat, Double lon, List<PoolView> pools, Double maxItMw) {

        /** The SEAL number of {@code SEAL-n}; 0 when absent or unreadable. */
        public int sealNumber() {
            if (sovereigntyLevel == null || !sovereigntyLevel.matches("(?i)SEAL-[0-4]")) {
                return 0;
            }
            return sovereigntyLevel.charAt(5) - '0';
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PoolView(String modelCode, int installed, int reserved, int available) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AcceleratorModelView(String code, String vendor, String name, String acceleratorClass,
            Double memoryGb, Double memoryBandwidthTbps, Double tdpWatts, Double bf16DenseTflops, Double fp8DenseTflops,
            Double unitPriceUsd, Boolean priceEstimated) {

        /** The figures sizing uses; a class this service does not know is left unstated (treated as INFERENCE). */
        public AcceleratorSpec toSpec() {
            return new AcceleratorSpec(code, memoryGb, memoryBandwidthTbps, tdpWatts, bf16DenseTflops, fp8DenseTflops,
                    unitPriceUsd, suitability(), priceEstimated);
        }

        private AcceleratorClass suitability() {
            for (AcceleratorClass c : AcceleratorClass.values()) {
                if (c.name().equals(acceleratorClass)) {
                    return c;
                }
            }
            return null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegionView(String code, String name, String parentCode, Double lat, Double lon) {
    }

    /** Body of a reservation request; {@code itMw} exact to the watt (6 decimals). */
    public record ReservationRequest(UUID siteId, String modelCode, int gpus, BigDecimal itMw, String reference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReservationView(UUID id, UUID siteId, String modelCode, int gpus, BigDecimal itMw, String reference,
            String status, Instant createdAt) {
    }
}
