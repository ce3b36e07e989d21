package org.fostergraph.matching;

/** One factor of a candidate's score: its points and the sentence that explains them. */
public record ScorePart(String factor, double points, String detail) {
}
