package org.fostergraph.api.errors;

/**
 * A well-formed request that a rule of the service refuses (no vacancy, a child already placed, a
 * household not approved…). {@code code} names the rule.
 */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String code, String field, Object value, String message) {
        super(code, field, value, message);
    }
}
