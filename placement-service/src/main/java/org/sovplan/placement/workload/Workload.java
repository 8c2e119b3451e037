package org.sovplan.placement.workload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sovplan.common.domain.SovereigntyLevel;

/** An AI workload a region needs to run: a training run or an inference service, with its constraints. */
@Entity
public class Workload {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkloadType type;

    @Column(name = "params_billion", nullable = false)
    public double paramsBillion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Precision precision;

    @Column(name = "train_tokens_billion")
    public Double trainTokensBillion;

    @Column(name = "target_days")
    public Double targetDays;

    public Double mfu;

    @Column(name = "peak_tokens_per_sec")
    public Double peakTokensPerSec;

    @Column(name = "user_region_code")
    public String userRegionCode;

    @Column(name = "max_latency_ms")
    public Double maxLatencyMs;

    /** Stored as the SEAL number so that "at least SEAL-n" is a comparison. */
    @Column(name = "min_sovereignty_level", nullable = false)
    public short minSovereigntyLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_jurisdictions", columnDefinition = "text[]", nullable = false)
    public List<String> allowedJurisdictions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_accelerator_models", columnDefinition = "text[]", nullable = false)
    public List<String> allowedAcceleratorModels = new ArrayList<>();

    @Column(name = "max_carbon_g_per_kwh")
    public Double maxCarbonGPerKwh;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Inference only: the smallest model variant accepted instead, billions of parameters; null: none. */
    @Column(name = "substitute_min_params_billion")
    public Double substituteMinParamsBillion;

    /** Inference only: the lowest precision accepted instead of {@link #precision}; null: none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "substitute_precision")
    public Precision substitutePrecision;

    @Column(nullable = false)
    public short priority;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public SovereigntyLevel minSovereignty() {
        return SovereigntyLevel.ofNumber(minSovereigntyLevel);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
