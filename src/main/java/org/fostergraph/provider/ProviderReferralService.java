package org.fostergraph.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fostergraph.api.paging.Connection;
import org.fostergraph.api.paging.PageRequest;
import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.household.Occupancy;
import org.fostergraph.matching.HomeAssessment;
import org.fostergraph.matching.MatchCandidate;
import org.fostergraph.matching.MatchRequest;
import org.fostergraph.matching.MatchingService;
import org.fostergraph.referral.Referral;
import org.fostergraph.security.ProviderScope;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the officer and the provider's staff read of referrals sent to providers and their offers. */
@Service
@Transactional(readOnly = true)
public class ProviderReferralService {

    private final ProviderReferralRepository sendings;
    private final HouseholdService households;
    private final MatchingService matching;
    private final VacancyService vacancies;
    private final Clock clock;

    ProviderReferralService(ProviderReferralRepository sendings, HouseholdService households, MatchingService matching,
            VacancyService vacancies, Clock clock) {
        this.vacancies = vacancies;
        this.sendings = sendings;
        this.households = households;
        this.matching = matching;
        this.clock = clock;
    }

    /** A provider whose homes could take a referral's children, as the officer chooses whom to send it to. */
    public record ProviderReach(ProviderSummary provider, int homesThatFit, double nearestMiles, boolean alreadySent) {
    }

    /**
     * One of the provider's homes, and how it stands for a referral sent to the provider.
     *
     * @param vacancyFrom when the home fits only with the places a vacancy it published frees, that vacancy's day
     */
    public record HomeFit(ProviderHome home, boolean fits, String rule, String detail, double distanceMiles,
            LocalDate vacancyFrom) {
    }

    public Optional<ProviderReferral> findById(String id) {
        return sendings.findByIds(List.of(id), today()).stream().findFirst();
    }

    public Connection<ProviderReferral> page(ProviderScope scope, boolean waitingOnly, PageRequest page) {
        OffsetDateTime now = now();
        return Connection.of(page, sendings.page(scope.providers(), waitingOnly, now, today(), page),
                () -> sendings.count(scope.providers(), waitingOnly, now),
                sending -> List.of(sending.sent().toString(), sending.id()));
    }

    /** The providers each referral was sent to, in the order sent. */
    public Map<String, List<ProviderReferral>> sendingsOf(Collection<String> referralIds) {
        return sendings.sendingsOf(referralIds, today());
    }

    /**
     * Each referral's offers, best first as matches rank (the s22C order, then the score at the offered cost; homes the
     * hard rules now exclude last), each judged by the council's matching as the in-house homes are.
     */
    public Map<Referral, List<Offer>> rankedOffers(List<Referral> referrals) {
        Map<String, List<Offer>> offers = sendings.offersOf(referrals.stream().map(Referral::id).toList());
        Map<String, List<ProviderReferral>> sent = offers.isEmpty() ? Map.of() : sendingsOf(offers.keySet());
        Map<Referral, List<Offer>> ranked = new LinkedHashMap<>();
        for (Referral referral : referrals) {
            List<Offer> made = offers.getOrDefault(referral.id(), List.of());
            if (made.isEmpty()) {
                ranked.put(referral, List.of());
                continue;
            }
            double maxDistance = sent.get(referral.id()).stream().mapToDouble(ProviderReferral::maxDistanceMiles).max().orElseThrow();
            Map<String, HomeAssessment> judged = assess(referral, maxDistance, made);
            ranked.put(referral, made.stream().map(offer -> offer.assessed(judged.get(offer.id())))
                    .sorted(Comparator.comparing((Offer offer) -> offer.assessment(), HomeAssessment.BEST_FIRST)
                            .thenComparing(Offer::weeklyCost).thenComparing(Offer::id))
                    .toList());
        }
        return ranked;
    }

    /** A home for a referral: one of the council's own ({@code offer} null) or a provider's offer. */
    public record HomeOrOffer(MatchCandidate match, Offer offer) {
    }

    /**
     * The council's own best homes for an open referral's children and the providers' open offers that fit, in one
     * ranking ({@link MatchCandidate#BEST_FIRST}); nothing once it is closed.
     */
    public List<HomeOrOffer> homesAndOffers(Scope scope, Referral referral, int inHouse) {
        if (referral.closed() != null) {
            return List.of();
        }
        List<HomeOrOffer> options = new ArrayList<>();
        matching.inHouseMatchesFor(scope, referral.childIds(), referral.placementType(), referral.risks(), inHouse)
                .forEach(match -> options.add(new HomeOrOffer(match, null)));
        rankedOffers(List.of(referral)).get(referral).stream()
                .filter(offer -> Offer.OPEN.equals(offer.statusOn()) && offer.assessment().fits())
                .forEach(offer -> options.add(new HomeOrOffer(offer.assessment().candidate(), offer)));
        options.sort(Comparator.comparing(HomeOrOffer::match, MatchCandidate.BEST_FIRST));
        return options;
    }

    /**
     * Each offer's home judged at the offered weekly cost, as it will be on the offer's start (with the places a vacancy
     * its provider published frees by then), by offer id.
     */
    Map<String, HomeAssessment> assess(Referral referral, double maxDistanceMiles, List<Offer> offers) {
        Map<String, List<Vacancy>> standing = vacancies.standingAt(offers.stream().map(Offer::householdId).distinct().toList());
        Map<String, MatchingService.HomeToJudge> homes = new LinkedHashMap<>();
        offers.forEach(offer -> homes.put(offer.id(), new MatchingService.HomeToJudge(offer.householdId(), offer.weeklyCost(),
                Vacancy.placesFreeOn(standing.getOrDefault(offer.householdId(), List.of()), offer.start()))));
        return matching.assessHomes(referral.childIds(), referral.placementType(), referral.risks(), maxDistanceMiles, homes);
    }

    /**
     * One home judged for a referral at a weekly cost for the whole group: as it will be on the day given (with the places
     * a vacancy it published frees by then), or on today's records when the day is null.
     */
    HomeAssessment assess(Referral referral, double maxDistanceMiles, String householdId, double weeklyCost, LocalDate on) {
        Integer placesFree = on == null ? null
                : Vacancy.placesFreeOn(vacancies.standingAt(List.of(householdId)).getOrDefault(householdId, List.of()), on);
        return matching.assessHomes(referral.childIds(), referral.placementType(), referral.risks(), maxDistanceMiles,
                Map.of(householdId, new MatchingService.HomeToJudge(householdId, weeklyCost, placesFree))).get(householdId);
    }

    /**
     * The providers with at least one home that passes every hard rule for the referral's children, today or with the
     * places a vacancy it published frees, nearest first.
     */
    public List<ProviderReach> providersFor(Scope scope, Referral referral, Double maxDistanceMiles) {
        // The children and the sendings are read once, for the homes within reach and the homes with a vacancy alike.
        MatchRequest group = matching.groupToPlace(referral.childIds(), referral.placementType(), referral.risks(),
                maxDistanceMiles != null ? maxDistanceMiles : defaultMaxDistanceMiles());
        List<ProviderReferral> sent = sendingsOf(List.of(referral.id())).getOrDefault(referral.id(), List.of());
        Map<String, Double> milesOfHome = new LinkedHashMap<>();
        MatchingService.HomesWithinReach withinReach = matching.externalHomesThatFit(scope, group);
        withinReach.externalThatFit()
                .forEach(candidate -> milesOfHome.put(candidate.householdId(), candidate.distanceMiles()));
        // Only the homes with a vacancy that do not fit today are judged again, on what was read of them for today.
        vacancies.thatFit(referral, group, sent, withinReach)
                .forEach(fit -> milesOfHome.putIfAbsent(fit.vacancy().householdId(), fit.match().distanceMiles()));
        Map<String, ProviderSummary> providerOf = sendings.providersOf(milesOfHome.keySet());
        List<String> sentTo = sent.stream().map(ProviderReferral::provider).toList();
        Map<String, List<Double>> milesByProvider = new LinkedHashMap<>();
        milesOfHome.forEach((home, miles) -> {
            if (providerOf.containsKey(home)) {
                milesByProvider.computeIfAbsent(providerOf.get(home).id(), id -> new ArrayList<>()).add(miles);
            }
        });
        Map<String, ProviderSummary> providers = providerOf.values().stream()
                .collect(Collectors.toMap(ProviderSummary::id, provider -> provider, (a, b) -> a));
        return milesByProvider.entrySet().stream()
                .map(entry -> new ProviderReach(providers.get(entry.getKey()), entry.getValue().size(),
                        entry.getValue().stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        sentTo.contains(entry.getKey())))
                .sorted(Comparator.comparingDouble(ProviderReach::nearestMiles).thenComparing(reach -> reach.provider().id()))
                .toList();
    }

    /** The provider's homes, on every council's list, with their places today. */
    public List<ProviderHome> homes(ProviderScope scope) {
        return homes(sendings.homesOf(scope.providers(), null));
    }

    List<ProviderHome> homes(List<String> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        Map<String, Household> found = households.findByIds(householdIds);
        Map<String, Occupancy> occupancy = households.occupancy(householdIds);
        return householdIds.stream().filter(found::containsKey).map(id -> {
            Household home = found.get(id);
            Occupancy beds = occupancy.get(id);
            int filled = beds == null ? 0 : beds.openPlacements();
            int held = beds == null ? 0 : beds.heldPlaces();
            int notAvailable = beds == null ? 0 : beds.notAvailable();
            return new ProviderHome(id, home.provider().id(), home.council(), home.name(), home.provision().name(),
                    home.status().name(), home.approvedPlaces(), filled, held, notAvailable, beds == null ? 0 : beds.vacancies());
        }).toList();
    }

    /**
     * The provider's homes on the list of the council that sent the referral, each with whether it passes the council's
     * hard rules for the children (and if not, the rule), nearest first: the homes the provider can offer.
     */
    public List<HomeFit> homesFor(ProviderReferral sending) {
        List<ProviderHome> homes = homes(sendings.homesOf(List.of(sending.provider()), sending.council()));
        if (homes.isEmpty()) {
            return List.of();
        }
        Map<String, List<Vacancy>> standing = vacancies.standingAt(homes.stream().map(ProviderHome::id).toList());
        Map<String, MatchingService.HomeToJudge> toJudge = new LinkedHashMap<>();
        for (ProviderHome home : homes) {
            toJudge.put(home.id(), MatchingService.HomeToJudge.today(home.id(), null));
            List<Vacancy> published = standing.getOrDefault(home.id(), List.of());
            if (!published.isEmpty()) {
                toJudge.put(AHEAD + home.id(), new MatchingService.HomeToJudge(home.id(), null,
                        Vacancy.placesFreeOn(published, published.get(published.size() - 1).availableFrom())));
            }
        }
        Map<String, HomeAssessment> judged = matching.assessHomes(sending.childIds(), sending.placementType(), sending.risks(),
                sending.maxDistanceMiles(), toJudge);
        return homes.stream().filter(home -> judged.containsKey(home.id())).map(home -> {
            HomeAssessment today = judged.get(home.id());
            HomeAssessment ahead = judged.get(AHEAD + home.id());
            if (today.fits()) {
                return new HomeFit(home, true, null, null, Math.round(today.candidate().distanceMiles()), null);
            }
            if (ahead != null && ahead.fits()) {
                List<Vacancy> published = standing.get(home.id());
                LocalDate from = published.stream().filter(vacancy -> vacancy.places() >= sending.childIds().size())
                        .map(Vacancy::availableFrom).min(Comparator.naturalOrder()).orElse(published.get(0).availableFrom());
                return new HomeFit(home, true, null, null, Math.round(ahead.candidate().distanceMiles()), from);
            }
            return new HomeFit(home, false, today.excluded().rule(), today.excluded().detail(),
                    Math.round(today.excluded().distanceMiles()), null);
        }).sorted(Comparator.comparing((HomeFit fit) -> !fit.fits()).thenComparingDouble(HomeFit::distanceMiles)
                .thenComparing(fit -> fit.home().id())).toList();
    }

    /** How a referral's answers stand now, with the number of published vacancies that fit it. */
    Activity.Referral referralActivity(Referral referral, int vacanciesThatFit) {
        OffsetDateTime now = now();
        List<ProviderReferral> sent = sendingsOf(List.of(referral.id())).getOrDefault(referral.id(), List.of());
        return new Activity.Referral(referral.id(), referral.closed() == null ? "OPEN" : "CLOSED",
                count(sent, now, SendingStatus.AWAITING), (int) sent.stream().filter(one -> one.offerId() != null).count(),
                count(sent, now, SendingStatus.DECLINED), count(sent, now, SendingStatus.EXPIRED), vacanciesThatFit);
    }

    /** How the referrals sent to these providers stand now. */
    Activity.Provider providerActivity(ProviderScope scope) {
        OffsetDateTime now = now();
        long waiting = sendings.count(scope.providers(), true, now);
        long sent = sendings.count(scope.providers(), false, now);
        return new Activity.Provider((int) waiting, (int) sent, (int) sendings.settled(scope.providers()));
    }

    private static int count(List<ProviderReferral> sent, OffsetDateTime now, SendingStatus status) {
        return (int) sent.stream().filter(one -> one.statusAt(now) == status).count();
    }

    /** The key of a home judged with the places its published vacancies free, beside its judgement on today's places. */
    private static final String AHEAD = "ahead:";

    public List<Offer> offersByIds(Collection<String> ids) {
        return sendings.offersByIds(ids);
    }

    double defaultMaxDistanceMiles() {
        return matching.defaultMaxDistanceMiles();
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
