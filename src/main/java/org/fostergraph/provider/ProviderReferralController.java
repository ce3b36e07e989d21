package org.fostergraph.provider;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.api.errors.NotFoundException;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdChanges;
import org.fostergraph.household.HouseholdCommands;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.matching.ExcludedCandidate;
import org.fostergraph.matching.MatchCandidate;
import org.fostergraph.referral.Referral;
import org.fostergraph.referral.ReferralService;
import org.fostergraph.security.ProviderScope;
import org.fostergraph.security.Scope;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Controller
class ProviderReferralController {

    private final ProviderReferralService reads;
    private final ProviderReferralChanges changes;
    private final ReferralService referrals;
    private final HouseholdService households;
    private final HouseholdChanges householdChanges;
    private final PageRequest.Parser pages;
    private final ProviderProperties properties;
    private final VacancyService vacancies;

    ProviderReferralController(ProviderReferralService reads, ProviderReferralChanges changes, ReferralService referrals,
            HouseholdService households, HouseholdChanges householdChanges, PageRequest.Parser pages, ProviderProperties properties,
            VacancyService vacancies) {
        this.vacancies = vacancies;
        this.householdChanges = householdChanges;
        this.properties = properties;
        this.reads = reads;
        this.households = households;
        this.changes = changes;
        this.referrals = referrals;
        this.pages = pages;
    }

    @QueryMapping
    List<ProviderReferralService.ProviderReach> providersForReferral(@ContextValue Scope scope, @Argument String referralId,
            @Argument Double maxDistanceMiles) {
        Referral referral = referrals.findById(referralId).orElseThrow(() -> new NotFoundException("referralId", referralId, "referral"));
        return reads.providersFor(scope, referral, maxDistanceMiles);
    }

    @QueryMapping
    Connection<ProviderReferral> providerReferrals(@ContextValue ProviderScope providerScope, @Argument Boolean waiting,
            @Argument Integer first, @Argument String after) {
        return reads.page(providerScope, waiting == null || waiting, pages.parse(first, after, 2));
    }

    @QueryMapping
    ProviderReferral providerReferral(@Argument String id) {
        return reads.findById(id).orElse(null);
    }

    @QueryMapping
    List<ProviderHome> providerHomes(@ContextValue ProviderScope providerScope) {
        return reads.homes(providerScope);
    }

    @MutationMapping
    Referral sendReferralToProviders(@ContextValue Scope scope, @Argument ProviderCommands.SendReferral input) {
        return changes.send(scope, input);
    }

    @MutationMapping
    ProviderReferral offerPlacement(@ContextValue ProviderScope providerScope, @Argument ProviderCommands.MakeOffer input) {
        return changes.offer(providerScope, input);
    }

    @MutationMapping
    ProviderReferral declineReferral(@ContextValue ProviderScope providerScope, @Argument ProviderCommands.DeclineReferral input) {
        return changes.decline(providerScope, input);
    }

    @MutationMapping
    ProviderHome markHomePlacesNotAvailable(@Argument HouseholdCommands.MarkPlacesNotAvailable input) {
        String id = householdChanges.markPlacesNotAvailable(input, "householdId", false);
        return reads.homes(List.of(id)).get(0);
    }

    @MutationMapping
    Referral acceptOffer(@Argument ProviderCommands.AcceptOffer input) {
        return changes.accept(input);
    }

    @SubscriptionMapping
    Flux<Activity.Referral> referralActivity(@Argument String referralId) {
        return live(() -> referrals.findById(referralId)
                .map(referral -> reads.referralActivity(referral, vacancies.thatFit(referral, null).size())).orElse(null));
    }

    @SubscriptionMapping
    Flux<Activity.Provider> providerActivity(@ContextValue ProviderScope providerScope) {
        return live(() -> reads.providerActivity(providerScope));
    }

    /**
     * The state now, then again whenever it changes, read from the graph every few seconds: any replica serves any
     * subscriber, and nothing is held in memory between reads. A stream ends after an hour; a page opens another.
     */
    private <T> Flux<T> live(java.util.function.Supplier<T> state) {
        return Flux.interval(Duration.ZERO, properties.livePoll()).onBackpressureDrop()
                .publishOn(Schedulers.boundedElastic())
                .concatMap(tick -> Mono.justOrEmpty(state.get()))
                .distinctUntilChanged()
                .take(properties.liveFor());
    }

    @BatchMapping(typeName = "Referral")
    Map<Referral, List<ProviderReferral>> sentToProviders(List<Referral> of) {
        Map<String, List<ProviderReferral>> sent = reads.sendingsOf(of.stream().map(Referral::id).toList());
        return of.stream().collect(Collectors.toMap(Function.identity(), referral -> sent.getOrDefault(referral.id(), List.of()),
                (a, b) -> a, LinkedHashMap::new));
    }

    @BatchMapping(typeName = "Referral")
    Map<Referral, List<Offer>> offers(List<Referral> of) {
        return reads.rankedOffers(of);
    }

    @SchemaMapping(typeName = "Referral")
    List<ProviderReferralService.HomeOrOffer> homesAndOffers(@ContextValue Scope scope, Referral referral, @Argument Integer inHouse) {
        int first = inHouse == null ? 5 : inHouse;
        if (first < 1 || first > 20) {
            throw new org.fostergraph.api.errors.InvalidArgumentException("inHouse", inHouse, "from 1 to 20 of the council's homes");
        }
        return reads.homesAndOffers(scope, referral, first);
    }

    @SchemaMapping(typeName = "ReferralSending")
    ProviderSummary provider(ProviderReferral sending) {
        return sending.sentTo();
    }

    @SchemaMapping(typeName = "ReferralSending", field = "status")
    SendingStatus sendingStatus(ProviderReferral sending) {
        return sending.statusAt(reads.now());
    }

    @SchemaMapping(typeName = "ProviderReferral", field = "status")
    SendingStatus providerReferralStatus(ProviderReferral sending) {
        return sending.statusAt(reads.now());
    }

    @SchemaMapping(typeName = "ProviderReferral")
    String council(ProviderReferral sending) {
        return sending.councilName() != null ? sending.councilName() : sending.council();
    }

    @SchemaMapping(typeName = "ProviderReferral")
    String closedMessage(ProviderReferral sending) {
        return sending.closedMessageAt(reads.now());
    }

    @SchemaMapping(typeName = "ProviderReferral")
    Offer offer(ProviderReferral sending) {
        return sending.offerId() == null ? null : reads.offersByIds(List.of(sending.offerId())).stream().findFirst().orElse(null);
    }

    @SchemaMapping(typeName = "ProviderReferral")
    List<ProviderReferralService.HomeFit> homes(ProviderReferral sending) {
        return reads.homesFor(sending);
    }

    @SchemaMapping(typeName = "ProviderOffer")
    ProviderHome home(Offer offer) {
        return reads.homes(List.of(offer.householdId())).stream().findFirst().orElse(null);
    }

    @SchemaMapping(typeName = "ProviderOffer", field = "status")
    String providerOfferStatus(Offer offer) {
        return offer.statusOn();
    }

    @SchemaMapping(typeName = "ProviderOffer", field = "closedMessage")
    String providerOfferClosedMessage(Offer offer) {
        return closedMessage(offer);
    }

    @SchemaMapping(typeName = "Offer", field = "status")
    String offerStatus(Offer offer) {
        return offer.statusOn();
    }

    @SchemaMapping(typeName = "Offer", field = "closedMessage")
    String closedMessage(Offer offer) {
        return offer.closedMessage() != null ? offer.closedMessage() : Offer.CLOSED.equals(offer.statusOn())
                ? "The council closed the referral on " + offer.referralClosed() + "." : null;
    }

    @BatchMapping(typeName = "Offer")
    Map<Offer, Household> household(List<Offer> offers) {
        Map<String, Household> found = households.findByIds(offers.stream().map(Offer::householdId).distinct().toList());
        Map<Offer, Household> byOffer = new LinkedHashMap<>();
        offers.forEach(offer -> byOffer.put(offer, found.get(offer.householdId())));
        return byOffer;
    }

    @SchemaMapping(typeName = "Offer")
    MatchCandidate match(Offer offer) {
        return offer.assessment() == null ? null : offer.assessment().candidate();
    }

    @SchemaMapping(typeName = "Offer")
    ExcludedCandidate excludedBy(Offer offer) {
        return offer.assessment() == null ? null : offer.assessment().excluded();
    }
}
