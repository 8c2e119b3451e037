package org.sovplan.placement.client;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The shapes placement-service reads from energy-service (docs/api-contracts.md); tolerant readers. */
public final class EnergyViews {

    private EnergyViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GridZoneView(String code, String name, String countryCode, Double carbonIntensityGPerKwh,
            Double renewableSharePct, Double priceUsdPerMwh, Double headroomMw, String source, Integer year,
            Boolean estimated) {
    }

    /** A candidate grid upgrade of a zone: what it could add, at what capex per MW, after how many years. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpgradeCandidateView(String zoneCode, String name, Double maxMw, Double capexUsdPerMw,
            Integer leadTimeYears, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeadroomView(String zoneCode, LocalDate asOf, Double baseHeadroomMw, Double upgradesMw,
            Double contractedMw, Double headroomMw) {
    }
}
