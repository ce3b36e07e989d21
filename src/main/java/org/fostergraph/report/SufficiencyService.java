package org.fostergraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
            List<int[]> counts = new ArrayList<>();
            List<Integer> fits = new ArrayList<>();
            Boolean[][] elsewhere = new Boolean[AgeBand.values().length][3];
            for (AgeBand band : AgeBand.values()) {
                Set<String> placed = placedExternally.getOrDefault(locality.id(), Map.of()).getOrDefault(band, Set.of());
                Set<String> waiting = waitingInReferrals.getOrDefault(locality.id(), Map.of()).getOrDefault(band, Set.of());
                Set<String> needing = new HashSet<>(placed);
                needing.addAll(waiting);
                counts.add(new int[] {needing.size(), placed.size(), waiting.size()});
                MixCube.Cell inMix = mixByLocalityAndBand.get(List.of(locality.name(), band.label()));
                int externalInMix = inMix == null ? 0 : inMix.external();
                if (externalInMix == placed.size()) {
                    elsewhere[band.ordinal()][1] = inMix != null && inMix.externalHidden();
                }
                fits.add(here.stream().filter(h -> band.overlaps(h.ageMin(), h.ageMax())).mapToInt(SufficiencyRepository::vacancies).sum());
            }
            List<String[]> published = Suppression.apply(counts, reporting.threshold(), elsewhere);
            List<Sufficiency.BandDemand> demand = new ArrayList<>();
            for (AgeBand band : AgeBand.values()) {
                String[] cells = published.get(band.ordinal());
                int gap = Math.max(0, counts.get(band.ordinal())[0] - fits.get(band.ordinal()));
                // With the fitting vacancies shown, a non-zero gap would give a hidden demand away.
                String gapShown = Suppression.isHidden(cells[0]) && gap > 0 ? Suppression.SUPPRESSED : String.valueOf(gap);
                demand.add(new Sufficiency.BandDemand(band.label(), cells[0], cells[1], cells[2], fits.get(band.ordinal()), gapShown));
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
}
