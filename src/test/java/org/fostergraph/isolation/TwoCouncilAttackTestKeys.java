package org.fostergraph.isolation;

/** The client key DEMO uses first for a change of its own, which OTHER then uses for one of OTHER's. */
final class TwoCouncilAttackTestKeys {

    static final String SQUATTED = "squatted-key";

    private TwoCouncilAttackTestKeys() {
    }
}
