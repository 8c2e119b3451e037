package org.sovplan.energy.zone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sovplan.common.persistence.VersionedEntity;

/**
 * An electricity grid zone with its flat annual figures: the fallback of every hour for which the
 * zone has neither a real series point nor a typical profile.
 */
@Entity
@Table(name = "grid_zone")
public class GridZone extends VersionedEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    /** Lifecycle emissions of the zone's generation mix, annual average. */
    @Column(name = "carbon_intensity_g_per_kwh", nullable = false)
    public double carbonIntensityGPerKwh;

    @Column(name = "renewable_share_pct", nullable = false)
    public double renewableSharePct;

    /** Industrial tariff, annual average, all-in per MWh. */
    @Column(name = "price_usd_per_mwh", nullable = false)
    public double priceUsdPerMwh;

    /** Capacity available to new large loads today, before upgrades and power-supply contracts. */
    @Column(name = "headroom_mw", nullable = false)
    public double headroomMw;

    @Column(name = "reliability_outage_hours_per_year")
    public Double reliabilityOutageHoursPerYear;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public boolean estimated;
}
