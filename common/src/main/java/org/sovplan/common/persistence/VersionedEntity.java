package org.sovplan.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * What every mutable resource carries: an optimistic-lock {@code version} (so a stale update is
 * refused instead of overwriting someone else's) and its creation and last-change times (UTC).
 * Tables declare {@code version BIGINT}, {@code created_at} and {@code updated_at TIMESTAMPTZ}.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        // Microseconds, as PostgreSQL keeps them: the answer to a write equals every later read.
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
