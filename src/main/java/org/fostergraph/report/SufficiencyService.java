package org.fostergraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.fostergraph.care.Beds;
import org.fostergraph.referral.ReferralService;
import org.fostergraph.referral.ReferredChild;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-house supply against the demand it could meet, by locality and DfE age band. */
@Service
@Transactional(readOnly = true)
public class SufficiencyService {

    private final ReportRepository reports;
    private final SufficiencyRepository sufficiency;
    private final ReferralService referrals;
    private final Reporting reporting;

    SufficiencyService(ReportRepository reports, SufficiencyRepository sufficiency, ReferralService referrals, Reporting reporting) {
        this.reports = reports;
        this.sufficiency = sufficiency;
        this.referrals = referrals;
        this.reporting = reporting;
    }

    /**
     * In-house supply and the demand it could meet, by locality and DfE age band. Demand is the children from the
     * locality placed externally that day or waiting in a referral open that day; a vacancy "fits" a band when the
     * household's terms of approval cover any age in it, so one vacancy can fit several bands (it is counted in
     * each, as a commissioner asks "could this band be met locally?"). Each locality's demand table is suppressed
     * as the mix is: a band's demand, placed and referred counts below the threshold read {@code c}, with the cells
     * that would give them away.
     */
    /** Ofsted's fostering collection's place counts for the council's own mainstream foster carers on a day. */
    public record FosteringPlaces(LocalDate asOf, int households, int approved, int filled, int vacant, int notAvailable,
            int held, int offered, List<PlacesByReason> notAvailableByReason) {
    }

    public record PlacesByReason(String reason, int places) {
    }

    /**
     * The council's own mainstream foster carers approved on the day (in-house fostering households; kinship carers are
     * counted apart by Ofsted and are not here): their approved places, filled, vacant (approved and not filled), and of
     * the vacant those not available, held for a child, and offered ({@link Beds}; a hub's sleepover beds are vacant
     * and never offered). The places not available by reason are as recorded.
     */
    public FosteringPlaces fosteringPlaces(Scope scope, LocalDate asOf) {
        return fosteringPlacesOn(scope, reporting.checkedDay(scope, "asOf", asOf));
    }

    /** {@link #fosteringPlaces} on a day already checked. */
    FosteringPlaces fosteringPlacesOn(Scope scope, LocalDate day) {
        boolean today = day.equals(reporting.today());
        List<SufficiencyRepository.Home> homes = sufficiency.inHouseHomes(scope, day, reporting.now(), today);
        List<Beds> beds = homes.stream().map(home -> new Beds(true, home.approvedPlaces(), home.filled(), home.held(),
                home.notAvailable(), home.hub())).toList();
        return new FosteringPlaces(day, homes.size(), beds.stream().mapToInt(Beds::approvedPlaces).sum(),
                beds.stream().mapToInt(Beds::filled).sum(), beds.stream().mapToInt(Beds::vacant).sum(),
                beds.stream().mapToInt(bed -> Math.min(bed.notAvailable(), bed.vacant())).sum(),
                beds.stream().mapToInt(bed -> Math.min(bed.held(), Math.max(0, bed.vacant() - bed.notAvailable()))).sum(),
                beds.stream().mapToInt(Beds::vacancies).sum(),
                sufficiency.notAvailableByReason(scope, day).entrySet().stream()
                        .map(entry -> new PlacesByReason(entry.getKey(), entry.getValue())).toList());
    }

    public Sufficiency sufficiency(Scope scope, LocalDate asOf) {
        LocalDate day = reporting.checkedDay(scope, "asOf", asOf);
        boolean today = day.equals(reporting.today());
        List<SufficiencyRepository.Home> homes = sufficiency.inHouseHomes(scope, day, reporting.now(), today);
        List<ReportRepository.OpenPlacement> open = reports.openOn(scope, day);
        Map<String, Map<AgeBand, Set<String>>> placedExternally = byLocalityAndBand(
                open.stream().filter(placement -> !placement.isInternal()).toList(), day,
                ReportRepository.OpenPlacement::localityId, ReportRepository.OpenPlacement::dateOfBirth,
                ReportRepository.OpenPlacement::childId);
        // The placement mix by locality and age band publishes the same external counts: they are hidden as it hides them.
        List<MixDimension> localityAndBand = List.of(MixDimension.LOCALITY, MixDimension.AGE_BAND);
        Map<List<String>, MixCube.Cell> mixByLocalityAndBand = reporting.mixCube(open, day).table(localityAndBand, Reporting.keyOrder(localityAndBand));
        Map<String, Map<AgeBand, Set<String>>> waitingInReferrals = byLocalityAndBand(referrals.childrenWaitingOn(scope, day), day,
                ReferredChild::homeLocalityId, ReferredChild::dateOfBirth, ReferredChild::childId);
        List<Sufficiency.LocalityRow> rows = new ArrayList<>();
        for (SufficiencyRepository.Locality locality : sufficiency.localities(scope)) {
            List<SufficiencyRepository.Home> here = homes.stream().filter(h -> h.localityId().equals(locality.id())).toList();
            int sleepoverBeds = here.stream().mapToInt(h -> Beds.sleepoverBeds(h.hub())).sum();
            int places = here.stream().mapToInt(h -> Beds.placesForPlacements(h.approvedPlaces(), h.hub())).sum();
            int filled = here.stream().mapToInt(SufficiencyRepository.Home::filled).sum();
            int held = here.stream().mapToInt(SufficiencyRepository.Home::held).sum();
            int vacant = here.stream().mapToInt(SufficiencyRepository::vacancies).sum();
            // Each band's demand, placed and referred count the same children; each column adds up to a locality total
            // treated as published (the mix publishes the placed one), so the strictest reading of what a reader knows.
            Disclosure disclosure = reporting.disclosure();
            Map<AgeBand, BandNumbers> numbers = new EnumMap<>(AgeBand.class);
            Map<AgeBand, Integer> demandCounts = new EnumMap<>(AgeBand.class);
            for (AgeBand band : AgeBand.values()) {
                Set<String> placed = placedExternally.getOrDefault(locality.id(), Map.of()).getOrDefault(band, Set.of());
                Set<String> waiting = waitingInReferrals.getOrDefault(locality.id(), Map.of()).getOrDefault(band, Set.of());
                Set<String> needing = new HashSet<>(placed);
                needing.addAll(waiting);
                demandCounts.put(band, needing.size());
                BandNumbers row = new BandNumbers(disclosure.count(needing.size()), disclosure.count(placed.size()),
                        disclosure.count(waiting.size()));
                disclosure.related(row.demand(), row.placed(), row.referred());
                MixCube.Cell inMix = mixByLocalityAndBand.get(List.of(locality.name(), band.label()));
                int externalInMix = inMix == null ? 0 : inMix.external().value();
                if (externalInMix == placed.size()) {
                    disclosure.asElsewhere(row.placed(), inMix != null && inMix.external().hidden());
                }
                numbers.put(band, row);
            }
            addColumnTotals(disclosure, numbers.values());
            disclosure.suppress();
            List<Sufficiency.BandDemand> demand = new ArrayList<>();
            for (AgeBand band : AgeBand.values()) {
                BandNumbers row = numbers.get(band);
                int fitting = here.stream().filter(h -> band.overlaps(h.ageMin(), h.ageMax())).mapToInt(SufficiencyRepository::vacancies).sum();
                PublishedCount needing = disclosure.published(row.demand());
                int gap = Math.max(0, demandCounts.get(band) - fitting);
                // With the fitting vacancies shown, a non-zero gap would give a hidden demand away.
                String gapShown = needing.hidden() && gap > 0 ? PublishedCount.SUPPRESSED : String.valueOf(gap);
                demand.add(new Sufficiency.BandDemand(band.label(), needing.shown(), disclosure.published(row.placed()).shown(),
                        disclosure.published(row.referred()).shown(), fitting, gapShown));
            }
            rows.add(new Sufficiency.LocalityRow(locality.id(), locality.name(),
                    new Sufficiency.Supply(places, filled, vacant, held, sleepoverBeds), demand));
        }
        return new Sufficiency(day, rows);
    }

    /** Children's ids by home locality and age band on the day; children with no home locality are left out. */
    private static <T> Map<String, Map<AgeBand, Set<String>>> byLocalityAndBand(List<T> children, LocalDate day,
            Function<T, String> locality, Function<T, LocalDate> dateOfBirth, Function<T, String> id) {
        Map<String, Map<AgeBand, Set<String>>> grouped = new HashMap<>();
        for (T child : children) {
            if (locality.apply(child) != null) {
                grouped.computeIfAbsent(locality.apply(child), l -> new EnumMap<>(AgeBand.class))
                        .computeIfAbsent(AgeBand.on(dateOfBirth.apply(child), day), band -> new HashSet<>()).add(id.apply(child));
            }
        }
        return grouped;
    }

    private static void addColumnTotals(Disclosure disclosure, Collection<BandNumbers> rows) {
        for (ToIntFunction<BandNumbers> column : List.<ToIntFunction<BandNumbers>>of(BandNumbers::demand, BandNumbers::placed,
                BandNumbers::referred)) {
            disclosure.publishedTotal(rows.stream().mapToInt(column).toArray());
        }
    }

    /** One age band's numbers in the disclosure engine: children needing a home, placed externally, in open referrals. */
    private record BandNumbers(int demand, int placed, int referred) {
    }
}
