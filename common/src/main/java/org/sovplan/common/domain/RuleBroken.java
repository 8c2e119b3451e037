package org.sovplan.common.domain;

import java.util.List;

/**
 * The request breaks a rule of the domain, e.g. a cross-field rule a schema cannot express
 * (a 422 at the REST boundary). Each {@link Violation} names the part of the request at fault, as
 * a JSON path such as {@code timeLimitSeconds} (null when the request as a whole is at fault), and
 * what is wrong with it. Several rules broken at once are reported together, so a client can mark
 * every field in one round trip.
 */
public class RuleBroken extends DomainException {

    /** One broken rule: the field at fault (or null) and what is wrong with it, without the field's name. */
    public record Violation(String field, String rule) {
    }

    private final transient List<Violation> violations;

    public RuleBroken(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    /** Several broken rules; the detail names the one, or counts them. */
    public RuleBroken(List<Violation> violations) {
        super(detail(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The field of the first broken rule, or null when the request as a whole is at fault. */
    public String field() {
        return violations.get(0).field();
    }

    /** What is wrong with the first field, without its name. */
    public String rule() {
        return violations.get(0).rule();
    }

    private static String detail(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a broken rule needs at least one violation");
        }
        if (violations.size() > 1) {
            return violations.size() + " rules are broken: " + String.join("; ",
                    violations.stream().map(RuleBroken::sentence).toList());
        }
        return sentence(violations.get(0));
    }

    private static String sentence(Violation v) {
        return v.field() == null ? v.rule() : v.field() + ": " + v.rule();
    }
}
