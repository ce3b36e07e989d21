package org.fostergraph.ssda903;

/** A file the importer cannot read at all (not CSV, not one of the SSDA903 tables); nothing is imported. */
public class Ssda903FileException extends RuntimeException {

    private final transient Ssda903Problem problem;

    public Ssda903FileException(Ssda903Problem problem) {
        super(problem.file() + ": " + problem.message());
        this.problem = problem;
    }

    public Ssda903Problem problem() {
        return problem;
    }
}
