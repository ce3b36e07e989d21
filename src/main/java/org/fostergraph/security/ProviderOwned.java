package org.fostergraph.security;

/**
 * A record that belongs to one provider as the provider sees it: a referral sent to it, one of its homes. The GraphQL
 * layer hands one only to that provider's staff, whichever path the query took to it.
 */
public interface ProviderOwned {

    String id();

    /** The id of the provider the record belongs to. */
    String provider();

    /** The children whose details the record shows its reader (a referral's ages and needs): audited as read. */
    default java.util.List<String> childrenShown() {
        return java.util.List.of();
    }
}
