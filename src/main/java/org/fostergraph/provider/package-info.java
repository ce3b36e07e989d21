/**
 * Referrals to providers: a council's open referral sent to the agencies, children's home companies and councils whose
 * homes could take the children, each provider's offer or decline, and the officer accepting one offer beside the
 * in-house matches. A provider's staff see only the referrals sent to their provider (with what a referral shares of the
 * children: ages, sex, needs, home area) and their own homes. docs/PROVIDERS.md describes the flow.
 */
package org.fostergraph.provider;
