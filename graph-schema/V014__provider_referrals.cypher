// Referrals sent to providers and their offers (provider package): found by id on every provider's answer and every
// officer's acceptance; a provider's inbox lists its sendings by provider.
CREATE CONSTRAINT provider_referral_id IF NOT EXISTS FOR (r:ProviderReferral) REQUIRE r.id IS UNIQUE;
CREATE INDEX provider_referral_provider IF NOT EXISTS FOR (r:ProviderReferral) ON (r.provider);
CREATE CONSTRAINT offer_id IF NOT EXISTS FOR (o:Offer) REQUIRE o.id IS UNIQUE;
