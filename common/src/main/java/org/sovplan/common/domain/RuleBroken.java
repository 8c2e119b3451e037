package org.sovplan.common.domain;

/**
 * The request breaks a rule of the domain, e.g. a cross-field rule a schema cannot express
 * (a 422 at the REST boundary). {@code field} names the part of the request at fault, as a JSON
 * path such as {@code timeLimitSeconds}; it may be null when the request as a whole is at fault.
 */
public class RuleBroken extends DomainException {

    private final String field;

    public RuleBroken(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without its name. */
    public String rule() {
        String detail = getMessage();
        return field == null ? detail : detail.substring(field.length() + 2);
    }
}
