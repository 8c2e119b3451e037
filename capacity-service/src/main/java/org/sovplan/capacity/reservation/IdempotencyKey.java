package org.sovplan.capacity.reservation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A caller's Idempotency-Key, the hash of the body it came with, and the reservation it created. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    @EmbeddedId
    public Id id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "reservation_id", nullable = false)
    public UUID reservationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Keys are per caller: two callers may use the same key without meeting. */
    @Embeddable
    public static class Id implements Serializable {

        @Column(name = "subject")
        public String subject;

        @Column(name = "idempotency_key")
        public String key;

        public Id() {
        }

        public Id(String subject, String key) {
            this.subject = subject;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && Objects.equals(subject, other.subject) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subject, key);
        }
    }
}
