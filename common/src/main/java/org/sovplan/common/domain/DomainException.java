package org.sovplan.common.domain;

/**
 * A failure in the domain's own words, raised by services. It carries no HTTP status: the shared
 * problem mappers ({@code org.sovplan.common.problem.DomainProblems}) turn each kind into its
 * RFC 9457 answer once, for every service.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String detail) {
        super(detail);
    }

    protected DomainException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
