package org.sovplan.capacity.reservation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Accelerators of one model at one site, and the IT MW they draw, held for a plan or workload. */
@Entity
public class Reservation {

    @Id
    public UUID id;

    @Column(name = "site_id", nullable = false, updatable = false)
    public UUID siteId;

    @Column(name = "model_code", nullable = false, updatable = false)
    public String modelCode;

    @Column(nullable = false, updatable = false)
    public int gpus;

    @Column(name = "it_mw", nullable = false, updatable = false)
    public BigDecimal itMw;

    @Column(updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReservationStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Version
    public long version;
}
