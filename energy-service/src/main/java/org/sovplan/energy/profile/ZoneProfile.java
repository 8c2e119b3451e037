package org.sovplan.energy.profile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A zone's typical year: carbon intensity and price for each of 12 months x 24 UTC hours, held
 * as two arrays indexed {@code (month - 1) * 24 + hour} so that a replacement is one row write.
 */
@Entity
@Table(name = "zone_profile")
public class ZoneProfile {

    /** Number of cells of a profile: 12 months x 24 hours. */
    public static final int CELLS = 12 * 24;

    @Id
    @Column(name = "zone_code")
    public String zoneCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "carbon_intensity_g_per_kwh", nullable = false, columnDefinition = "double precision[]")
    public double[] carbonIntensityGPerKwh;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "price_usd_per_mwh", nullable = false, columnDefinition = "double precision[]")
    public double[] priceUsdPerMwh;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public boolean estimated;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Index of a month (1-12) and UTC hour (0-23) in the arrays. */
    public static int cell(int month, int hour) {
        return (month - 1) * 24 + hour;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
