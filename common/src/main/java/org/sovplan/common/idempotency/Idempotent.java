package org.sovplan.common.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a side-effecting operation that honours {@code Idempotency-Key} ({@link IdempotencyFilter}). The
 * service needs the {@code idempotent_request} table (its migration) and documents the header with
 * {@code @Parameter(ref = IdempotencyFilter.HEADER)}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Idempotent {
}
