package org.sovplan.common.domain;

/**
 * The request is valid but clashes with the current state: the resource is in the wrong state,
 * or a concurrent change got there first (a 409 at the REST boundary).
 */
public class Conflict extends DomainException {

    public Conflict(String detail) {
        super(detail);
    }
}
