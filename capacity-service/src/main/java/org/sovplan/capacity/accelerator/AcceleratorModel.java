package org.sovplan.capacity.accelerator;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sovplan.common.persistence.VersionedEntity;

/** A catalogue entry: the public specification of an accelerator model. */
@Entity
@Table(name = "accelerator_model")
public class AcceleratorModel extends VersionedEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String vendor;

    @Column(nullable = false)
    public String name;

    @Column(name = "form_factor", nullable = false)
    public String formFactor;

    /** Suitability: training-class, inference card or edge module (see {@link AcceleratorClass}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "accelerator_class", nullable = false)
    public AcceleratorClass acceleratorClass;

    @Column(name = "memory_gb", nullable = false)
    public BigDecimal memoryGb;

    @Column(name = "memory_bandwidth_tbps", nullable = false)
    public BigDecimal memoryBandwidthTbps;

    @Column(name = "tdp_watts", nullable = false)
    public int tdpWatts;

    @Column(name = "bf16_dense_tflops", nullable = false)
    public BigDecimal bf16DenseTflops;

    @Column(name = "fp8_dense_tflops")
    public BigDecimal fp8DenseTflops;

    @Column(name = "int8_dense_tops")
    public BigDecimal int8DenseTops;

    @Column(name = "unit_price_usd", nullable = false)
    public BigDecimal unitPriceUsd;

    @Column(name = "price_estimated", nullable = false)
    public boolean priceEstimated;

    @Column(nullable = false)
    public String source;
}
