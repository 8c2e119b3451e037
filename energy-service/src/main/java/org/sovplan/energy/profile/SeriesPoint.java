package org.sovplan.energy.profile;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One real hour of a zone: carbon intensity and price of the hour starting at {@code hourStart} (UTC). */
@Entity
@Table(name = "zone_series_point")
@IdClass(SeriesPoint.Key.class)
public class SeriesPoint {

    @Id
    @Column(name = "zone_code")
    public String zoneCode;

    @Id
    @Column(name = "hour_start")
    public Instant hourStart;

    @Column(name = "carbon_intensity_g_per_kwh", nullable = false)
    public double carbonIntensityGPerKwh;

    @Column(name = "price_usd_per_mwh", nullable = false)
    public double priceUsdPerMwh;

    /** Composite key: zone and hour. */
    public record Key(String zoneCode, Instant hourStart) implements Serializable {
    }
}
