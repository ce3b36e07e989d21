package org.fostergraph.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fostergraph.matching.HomeAssessment;
import org.fostergraph.matching.MatchCandidate;
import org.fostergraph.matching.MatchRequest;
import org.fostergraph.matching.MatchingService;
import org.fostergraph.referral.Referral;
import org.fostergraph.security.ProviderScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What providers' staff and the council's officers read of the vacancies providers publish ahead. */
@Service
@Transactional(readOnly = true)
public class VacancyService {

    private final VacancyRepository vacancies;
    private final ProviderReferralRepository sendings;
    private final MatchingService matching;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, ProviderReferralRepository sendings, MatchingService matching, Clock clock) {
        this.vacancies = vacancies;
        this.sendings = sendings;
        this.matching = matching;
        this.clock = clock;
    }

    /**
     * A published vacancy that could take a referral's children: the home passes every hard rule for them with the
     * vacancy's places free, as the council's matching judges its own homes.
     *
     * @param alreadySent whether the referral was already sent to the vacancy's provider
     */
    public record VacancyFit(Vacancy vacancy, MatchCandidate match, boolean alreadySent) {
    }

    public List<Vacancy> findByIds(Collection<String> ids) {
        return vacancies.findByIds(ids);
    }

    /** The provider's vacancies that still stand (in notice or available), the soonest first. */
    public List<Vacancy> standing(ProviderScope scope) {
        return vacancies.standingOf(scope.providers(), today());
    }

    /** The standing vacancies of these homes, by home, the soonest first. */
    Map<String, List<Vacancy>> standingAt(Collection<String> householdIds) {
        return householdIds.isEmpty() ? Map.of() : vacancies.standingAt(householdIds, today());
    }

    /**
     * The standing vacancies at homes on the referral's council's list that fit its children, best first as matches rank
     * (the s22C order, then the score), then the soonest; within the reach given, else the one the referral was sent
     * with, else matching's own. Nothing once the referral is closed.
     */
    public List<VacancyFit> thatFit(Referral referral, Double maxDistanceMiles) {
        if (referral.closed() != null) {
            return List.of();
        }
        List<Vacancy> standing = vacancies.standingFor(referral.council(), today());
        if (standing.isEmpty()) {
            return List.of();
        }
        List<ProviderReferral> sent = sendings.sendingsOf(List.of(referral.id()), today()).getOrDefault(referral.id(), List.of());
        double reach = maxDistanceMiles != null ? maxDistanceMiles : sent.stream()
                .mapToDouble(ProviderReferral::maxDistanceMiles).max().orElse(matching.defaultMaxDistanceMiles());
        return fits(standing, matching.groupToPlace(referral.childIds(), referral.placementType(), referral.risks(), reach), sent,
                MatchingService.HomesWithinReach.NONE);
    }

    /**
     * The same for the referral's children already read as a group to place ({@code MatchingService#groupToPlace}, its
     * distance the reach), the homes within that reach as read for it and the providers it was already sent to, leaving
     * out the vacancies at homes that fit today (a home that fits today fits with its vacancy too): for a request that
     * has read all of them for the homes that fit today.
     */
    List<VacancyFit> thatFit(Referral referral, MatchRequest group, List<ProviderReferral> sent,
            MatchingService.HomesWithinReach withinReach) {
        if (referral.closed() != null) {
            return List.of();
        }
        Set<String> fitToday = withinReach.externalThatFit().stream().map(MatchCandidate::householdId)
                .collect(Collectors.toSet());
        List<Vacancy> standing = vacancies.standingFor(referral.council(), today()).stream()
                .filter(vacancy -> !fitToday.contains(vacancy.householdId())).toList();
        return standing.isEmpty() ? List.of() : fits(standing, group, sent, withinReach);
    }

    private List<VacancyFit> fits(List<Vacancy> standing, MatchRequest group, List<ProviderReferral> sent,
            MatchingService.HomesWithinReach withinReach) {
        Map<String, MatchingService.HomeToJudge> homes = new LinkedHashMap<>();
        standing.forEach(vacancy -> homes.put(vacancy.id(), new MatchingService.HomeToJudge(vacancy.householdId(), null,
                vacancy.places())));
        Map<String, HomeAssessment> judged = matching.assessHomes(group, homes, withinReach);
        List<String> sentTo = sent.stream().map(ProviderReferral::provider).toList();
        return standing.stream().filter(vacancy -> judged.containsKey(vacancy.id()) && judged.get(vacancy.id()).fits())
                .map(vacancy -> new VacancyFit(vacancy, judged.get(vacancy.id()).candidate(), sentTo.contains(vacancy.provider())))
                .sorted(Comparator.comparing(VacancyFit::match, MatchCandidate.BEST_FIRST)
                        .thenComparing(fit -> fit.vacancy().availableFrom()).thenComparing(fit -> fit.vacancy().id()))
                .toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
