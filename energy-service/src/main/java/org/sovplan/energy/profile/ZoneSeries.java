package org.sovplan.energy.profile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The header of a zone's real hourly series: provenance, extent and version of its points. */
@Entity
@Table(name = "zone_series")
public class ZoneSeries {

    @Id
    @Column(name = "zone_code")
    public String zoneCode;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public boolean estimated;

    @Column(name = "point_count", nullable = false)
    public int pointCount;

    @Column(name = "first_hour")
    public Instant firstHour;

    @Column(name = "last_hour")
    public Instant lastHour;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
