package org.sovplan.common.domain;

/** The thing asked for does not exist (a 404 at the REST boundary). */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
