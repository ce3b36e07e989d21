package org.fostergraph.provider;

/** What the live updates tell: counts only, never a child's details, so a stream needs no read audit of its own. */
final class Activity {

    private Activity() {
    }

    /** How a referral's answers stand. */
    record Referral(String referralId, String status, int awaiting, int offers, int declined, int expired,
            int vacanciesThatFit) {
    }

    /** How the referrals sent to a provider stand. */
    record Provider(int waiting, int sent, int settled) {
    }
}
