package org.sovplan.energy.support;

import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Turns a unique-key violation at flush into the 409 the service would have answered had it seen
 * the competing write first: the services check uniqueness before writing, but two requests can
 * pass that check together, and the database constraint then decides.
 */
public final class UniqueWrites {

    private UniqueWrites() {
    }

    public static void flush(Runnable write, Supplier<? extends RuntimeException> conflict) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw conflict.get();
            }
            throw e;
        }
    }
}
