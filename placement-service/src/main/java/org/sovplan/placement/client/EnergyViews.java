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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeadroomView(String zoneCode, LocalDate asOf, Double baseHeadroomMw, Double upgradesMw,
            Double contractedMw, Double headroomMw) {
    }
}
