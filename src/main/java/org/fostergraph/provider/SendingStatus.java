package org.fostergraph.provider;

/** Where a referral sent to one provider stands. */
public enum SendingStatus {
    /** Sent; the provider has not answered and the time to answer has not run out. */
    AWAITING,
    /** The provider offered a home; the offer stands until the council accepts one or closes the referral. */
    OFFERED,
    /** The provider declined, with a reason. */
    DECLINED,
    /** The time to answer ran out before the provider answered. */
    EXPIRED,
    /** The council accepted this provider's offer. */
    ACCEPTED,
    /** The council placed the children elsewhere or withdrew the referral. */
    CLOSED
}
