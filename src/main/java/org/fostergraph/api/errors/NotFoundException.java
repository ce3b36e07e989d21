package org.fostergraph.api.errors;

/** An argument naming something the graph does not hold. */
public class NotFoundException extends DomainException {

    public NotFoundException(String field, String id, String what) {
        super("NOT_FOUND", field, id, field + ": there is no " + what + " with id " + describe(id));
    }
}
