package org.sovplan.capacity.reservation;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotencyKeyRepository implements PanacheRepositoryBase<IdempotencyKey, IdempotencyKey.Id> {

    /** The caller's key if it was used after {@code notBefore}; older uses are forgotten. */
    public Optional<IdempotencyKey> findRecent(String subject, String key, Instant notBefore) {
        Optional<IdempotencyKey> found = findByIdOptional(new IdempotencyKey.Id(subject, key));
        if (found.isPresent() && found.get().createdAt.isBefore(notBefore)) {
            delete(found.get());
            flush();
            return Optional.empty();
        }
        return found;
    }

    /** Forgets keys used before {@code notBefore}, so that the table does not grow without end. */
    public long forgetOlderThan(Instant notBefore) {
        return delete("createdAt < ?1", notBefore);
    }
}
