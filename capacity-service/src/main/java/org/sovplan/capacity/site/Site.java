package org.sovplan.capacity.site;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.sovplan.capacity.accelerator.AcceleratorPool;
import org.sovplan.common.domain.SovereigntyLevel;

/** A data centre or edge site: where compute stands, under whose jurisdiction, with how much power. */
@Entity
public class Site {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SiteType type;

    @Column(nullable = false)
    public String operator;

    @Column(name = "operator_hq_country", nullable = false)
    public String operatorHqCountry;

    @Column(nullable = false)
    public String jurisdiction;

    @Convert(converter = SovereigntyLevelConverter.class)
    @Column(name = "sovereignty_level", nullable = false)
    public SovereigntyLevel sovereigntyLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public List<String> certifications = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SiteStatus status;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "it_capacity_mw", nullable = false)
    public BigDecimal itCapacityMw;

    /** Expansion potential: the most IT MW the site can ever hold; null when unknown. */
    @Column(name = "max_it_mw")
    public BigDecimal maxItMw;

    /**
     * IT MW held by active reservations; changed only together with them, under a row lock on the
     * site. Excluded from the optimistic version: {@code version} counts edits of the site itself, so
     * that a reservation elsewhere does not make an administrator's pending edit stale.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "reserved_it_mw", nullable = false)
    public BigDecimal reservedItMw = BigDecimal.ZERO;

    @Column(nullable = false)
    public BigDecimal pue;

    @Column(name = "grid_zone_code", nullable = false)
    public String gridZoneCode;

    @Column(nullable = false)
    public double lat;

    @Column(nullable = false)
    public double lon;

    public Short tier;

    /** Where the figures come from (a URL or a publication). */
    public String source;

    /** Whether the figures are estimates rather than published numbers. */
    @Column(nullable = false)
    public boolean estimated;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /**
     * When the site itself was last edited; set by its service rather than on every flush, since
     * reservations change {@link #reservedItMw} without editing the site.
     */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Pools carry their own versions; changing one does not change the site's. */
    @OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("modelCode")
    @OptimisticLock(excluded = true)
    @BatchSize(size = 100)
    public List<AcceleratorPool> pools = new ArrayList<>();

    /** IT MW not yet reserved. */
    public BigDecimal availableItMw() {
        return itCapacityMw.subtract(reservedItMw).max(BigDecimal.ZERO);
    }

    @PrePersist
    void onCreate() {
        // Microseconds, as the database keeps them: the first answer equals every later read.
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

}
