package org.fostergraph.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.fostergraph.security.Scope;
import org.fostergraph.care.Distances;
import org.fostergraph.care.Beds;
import org.fostergraph.care.PlacementEnding;
import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.referral.ReferralService;
import org.fostergraph.referral.ReferredChild;
import org.fostergraph.neo4j.CouncilFanOut;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commissioners' reports, computed from the placements in the graph for any day: aggregates only, with
 * small numbers suppressed so that no child can be picked out.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final int MAX_TREND_MONTHS = 60;
    static final String UNKNOWN = "Unknown";
    static final String COUNCIL = "The council";

    private final ReportRepository reports;
    private final SufficiencyRepository sufficiency;
    private final RecruitmentRepository recruitment;
    private final ProgrammeRepository programme;
    private final ReferralService referrals;
    private final CouncilFanOut councils;
    private final DisclosureProperties disclosure;
    private final Clock clock;

    ReportService(ReportRepository reports, SufficiencyRepository sufficiency, RecruitmentRepository recruitment,
            ProgrammeRepository programme, ReferralService referrals, CouncilFanOut councils, DisclosureProperties disclosure,
            Clock clock) {
        this.councils = councils;
        this.programme = programme;
        this.referrals = referrals;
        this.reports = reports;
        this.sufficiency = sufficiency;
        this.recruitment = recruitment;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    public PlacementMix placementMix(Scope scope, LocalDate asOf, List<MixDimension> groupBy) {
        LocalDate day = checkedDay(scope, "asOf", asOf);
        List<MixDimension> dimensions = groupBy == null ? List.of() : groupBy.stream().distinct().toList();
        List<MixCube.Entry> entries = councils.read(scope.councils(), some -> reports.mixOn(day, some)).stream()
                .map(ReportService::entry).toList();
        int total = 0;
        int internal = 0;
        double internalCost = 0;
        double externalCost = 0;
        for (MixCube.Entry entry : entries) {
            total += entry.children();
            internal += entry.internal() ? entry.children() : 0;
            internalCost += entry.internal() ? entry.weeklyCost() : 0;
            externalCost += entry.internal() ? 0 : entry.weeklyCost();
        }
        List<PlacementMix.MixGroup> groups = new ArrayList<>();
        if (!dimensions.isEmpty()) {
            mixCube(entries).table(dimensions, keyOrder(dimensions)).forEach((key, cell) -> groups.add(
                    new PlacementMix.MixGroup(key, cell.shownTotal(), cell.shownInternal(), cell.shownExternal(),
                            cell.splitHidden() ? null : share(cell.internal(), cell.total()),
                            cell.spendHidden() ? null : ReportRepository.round(cell.spend()))));
        }
        return new PlacementMix(day, total, internal, total - internal, ReportRepository.round(internalCost),
                ReportRepository.round(externalCost), dimensions, groups);
    }

    /** Every grouping of the day's placements, suppressed together (see {@link MixCube}). */
    private MixCube mixCube(List<MixCube.Entry> entries) {
        return MixCube.suppressed(entries, disclosure.threshold(), COUNCIL);
    }

    /** The same cube from the day's placements one by one, for the reports that hide what the mix hides. */
    private MixCube mixCube(List<ReportRepository.OpenPlacement> open, LocalDate day) {
        return mixCube(open.stream().map(placement -> new MixCube.Entry(key(placement.locality(),
                AgeBand.on(placement.dateOfBirth(), day), placement.placeCode(), placement.providerCode(), placement.isInternal(),
                placement.provider()), placement.isInternal(), 1, placement.weeklyCost())).toList());
    }

    private static MixCube.Entry entry(ReportRepository.MixRow row) {
        return new MixCube.Entry(key(row.locality(), row.band(), row.placeCode(), row.providerCode(), row.isInternal(),
                row.provider()), row.isInternal(), row.children(), row.weeklyCost());
    }

    /** The totals at each month end from {@code from} to {@code to}. */
    public List<PlacementMix.Point> placementMixTrend(Scope scope, LocalDate from, LocalDate to) {
        LocalDate last = checkedPeriod(scope, from, to);
        List<LocalDate> monthEnds = new ArrayList<>();
        for (LocalDate end = from.with(TemporalAdjusters.lastDayOfMonth()); !end.isAfter(last);
                end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
            monthEnds.add(end);
        }
        if (monthEnds.size() > MAX_TREND_MONTHS) {
            throw new InvalidArgumentException("from", from, "a trend covers at most " + MAX_TREND_MONTHS + " month ends");
        }
        return monthEnds.isEmpty() ? List.of() : reports.totalsOn(scope, monthEnds);
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
        LocalDate day = checkedDay(scope, "asOf", asOf);
        boolean today = day.equals(LocalDate.now(clock));
        List<SufficiencyRepository.Home> homes = sufficiency.inHouseHomes(scope, day, ZonedDateTime.now(clock), today);
        List<ReportRepository.OpenPlacement> open = reports.openOn(scope, day);
        Map<String, Map<AgeBand, Set<String>>> placedExternally = byLocalityAndBand(
                open.stream().filter(placement -> !placement.isInternal()).toList(), day,
                ReportRepository.OpenPlacement::localityId, ReportRepository.OpenPlacement::dateOfBirth,
                ReportRepository.OpenPlacement::childId);
        // The placement mix by locality and age band publishes the same external counts: they are hidden as it hides them.
        List<MixDimension> localityAndBand = List.of(MixDimension.LOCALITY, MixDimension.AGE_BAND);
        Map<List<String>, MixCube.Cell> mixByLocalityAndBand = mixCube(open, day).table(localityAndBand, keyOrder(localityAndBand));
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
            List<String[]> published = Suppression.apply(counts, disclosure.threshold(), elsewhere);
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

    /**
     * Enquiries, first approvals and de-registrations of in-house ("MAINSTREAM") and connected-person carers,
     * per financial year from the one holding {@code from} to the one holding {@code to}. Carers' households are
     * counted, not children, so nothing is suppressed.
     */
    public List<Recruitment> carerRecruitment(Scope scope, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today : to;
        if (last.isAfter(today)) {
            throw new InvalidArgumentException("to", last, "reports describe days up to today (" + today + "), not the future");
        }
        if (from.isAfter(last)) {
            throw new InvalidArgumentException("from", from, "the report runs from a day up to a later one (to is " + last + ")");
        }
        LocalDate start = LocalDate.of(from.getMonthValue() >= 4 ? from.getYear() : from.getYear() - 1, 4, 1);
        if (start.plusYears(MAX_TREND_MONTHS / 12).isBefore(last)) {
            throw new InvalidArgumentException("from", from, "the report covers at most " + MAX_TREND_MONTHS / 12 + " years");
        }
        List<RecruitmentRepository.Step> steps = recruitment.steps(scope, start, last);
        List<Recruitment> years = new ArrayList<>();
        for (LocalDate yearStart = start; !yearStart.isAfter(last); yearStart = yearStart.plusYears(1)) {
            LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
            String label = yearStart.getYear() + "/" + String.valueOf(yearStart.getYear() + 1).substring(2);
            for (String type : List.of("MAINSTREAM", "CONNECTED_PERSON")) {
                String provision = type.equals("MAINSTREAM") ? "IN_HOUSE_FOSTERING" : "CONNECTED_PERSON";
                LocalDate first = yearStart;
                List<RecruitmentRepository.Step> inYear = steps.stream().filter(step -> step.provision().equals(provision)
                        && !step.date().isBefore(first) && !step.date().isAfter(yearEnd)).toList();
                years.add(new Recruitment(label, yearStart, yearEnd, type,
                        (int) inYear.stream().filter(step -> step.status().equals("ENQUIRY")).count(),
                        (int) inYear.stream().filter(step -> step.status().equals("APPROVED")
                                && !"ON_HOLD".equals(step.previousStatus())).count(),
                        (int) inYear.stream().filter(step -> step.status().equals("DEREGISTERED")).count()));
            }
        }
        return years;
    }

    public DistanceFromHome distanceFromHome(Scope scope, LocalDate asOf) {
        LocalDate day = checkedDay(scope, "asOf", asOf);
        List<ReportRepository.OpenPlacement> open = reports.openOn(scope, day);
        List<ReportRepository.OpenPlacement> measured = open.stream().filter(p -> p.homeMetres() != null).toList();
        Map<PlacementType, int[]> byType = new EnumMap<>(PlacementType.class);
        int over20 = 0;
        int outside = 0;
        for (ReportRepository.OpenPlacement placement : measured) {
            boolean far = Distances.miles(placement.homeMetres()) > Distances.FAR_FROM_HOME_MILES;
            boolean out = !placement.insideBoundary();
            over20 += far ? 1 : 0;
            outside += out ? 1 : 0;
            int[] cells = byType.computeIfAbsent(PlacementType.of(placement.placeCode(), placement.providerCode()), type -> new int[3]);
            cells[0]++;
            cells[1] += far ? 1 : 0;
            cells[2] += out ? 1 : 0;
        }
        List<PlacementType> types = new ArrayList<>(byType.keySet());
        // Where every placement of a type is measured, its count is the placement mix's by type, hidden as it hides it.
        List<MixDimension> byPlacementType = List.of(MixDimension.PLACEMENT_TYPE);
        Map<List<String>, MixCube.Cell> mixByType = mixCube(open, day).table(byPlacementType, keyOrder(byPlacementType));
        Boolean[][] elsewhere = new Boolean[types.size()][3];
        for (int i = 0; i < types.size(); i++) {
            MixCube.Cell inMix = mixByType.get(List.of(types.get(i).name()));
            if (inMix != null && inMix.total() == byType.get(types.get(i))[0]) {
                elsewhere[i][0] = Suppression.isHidden(inMix.shownTotal());
            }
        }
        List<String[]> published = Suppression.apply(new ArrayList<>(byType.values()), disclosure.threshold(), elsewhere);
        List<DistanceFromHome.Group> groups = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            groups.add(new DistanceFromHome.Group(types.get(i).name(), published.get(i)[0], published.get(i)[1], published.get(i)[2]));
        }
        return new DistanceFromHome(day, measured.size(), open.size() - measured.size(), over20, share(over20, measured.size()),
                outside, share(outside, measured.size()), groups);
    }

    /**
     * DfE stability: children in care on the day with 3 or more placements open at some time in the 12 months
     * to it; and of the under-16s looked after for 2½ years without a break, those in the same placement for
     * 2 years. A break in care is a day between one placement's end and the next one's start.
     */
    public Stability stability(Scope scope, LocalDate asOf) {
        LocalDate day = checkedDay(scope, "asOf", asOf);
        List<ReportRepository.History> histories = reports.historiesOfChildrenInCare(scope, day);
        LocalDate yearBefore = day.minusYears(1);
        int threeOrMore = 0;
        int eligible = 0;
        int stable = 0;
        for (ReportRepository.History history : histories) {
            List<LocalDate[]> placements = history.placements();
            long inYear = placements.stream().filter(p -> p[1] == null || p[1].isAfter(yearBefore)).count();
            threeOrMore += inYear >= 3 ? 1 : 0;
            LocalDate[] current = placements.get(placements.size() - 1);
            LocalDate careStart = current[0];
            for (int i = placements.size() - 2; i >= 0 && placements.get(i)[1] != null
                    && !placements.get(i)[1].isBefore(careStart); i--) {
                careStart = placements.get(i)[0].isBefore(careStart) ? placements.get(i)[0] : careStart;
            }
            boolean underSixteen = Period.between(history.dateOfBirth(), day).getYears() < 16;
            if (underSixteen && !careStart.isAfter(day.minusMonths(30))) {
                eligible++;
                stable += !current[0].isAfter(day.minusYears(2)) ? 1 : 0;
            }
        }
        String threeShown = published(threeOrMore);
        String eligibleShown = published(eligible);
        String stableShown = published(stable);
        // The share of a hidden count would give it away.
        return new Stability(day, histories.size(), threeShown, Suppression.isHidden(threeShown) ? null
                : share(threeOrMore, histories.size()), eligibleShown, stableShown,
                Suppression.isHidden(stableShown) || Suppression.isHidden(eligibleShown) ? null
                        : share(stable, eligible));
    }

    /** SSDA903 reasons for a placement change that mean it broke down rather than ended as the care plan meant. */
    static final Set<String> UNPLANNED_ENDINGS = PlacementEnding.unplannedCodes();

    /**
     * In a period: moves from external placements straight to internal ones and the saving they realise a year,
     * and the placements that began a period of care, internal vs external.
     */
    public Programme.Savings savings(Scope scope, LocalDate from, LocalDate to) {
        LocalDate last = checkedPeriod(scope, from, to);
        List<ProgrammeRepository.TransferHome> transfers = programme.transfersHome(scope, from, last);
        List<Boolean> entrants = programme.entrantsInternal(scope, from, last);
        int entrantsInternal = (int) entrants.stream().filter(Boolean::booleanValue).count();
        String transfersShown = published(transfers.size());
        String internalShown = published(entrantsInternal);
        String externalShown = published(entrants.size() - entrantsInternal);
        double saving = transfers.stream()
                .mapToDouble(move -> (move.externalWeeklyCost() - move.internalWeeklyCost()) * 52).sum();
        boolean entrantsHidden = Suppression.isHidden(internalShown) || Suppression.isHidden(externalShown);
        return new Programme.Savings(from, last, transfersShown,
                Suppression.isHidden(transfersShown) ? null : ReportRepository.round(saving),
                internalShown, externalShown, entrantsHidden ? null : share(entrantsInternal, entrants.size()));
    }

    /**
     * Unplanned endings of in-house fostering placements and carer de-registrations in a period, for households
     * inside a constellation at the time and outside: the measures Mockingbird is evaluated on.
     */
    public Programme.MockingbirdOutcomes mockingbirdOutcomes(Scope scope, LocalDate from, LocalDate to) {
        LocalDate last = checkedPeriod(scope, from, to);
        List<ProgrammeRepository.Ending> endings = programme.endingsBetween(scope, from, last);
        List<ProgrammeRepository.CarerHousehold> deregistered = programme.deregistrationsBetween(scope, from, last);
        List<ProgrammeRepository.CarerHousehold> registered = programme.registeredOn(scope, from);
        return new Programme.MockingbirdOutcomes(from, last, outcome(endings, deregistered, registered, true),
                outcome(endings, deregistered, registered, false));
    }

    private Programme.Outcome outcome(List<ProgrammeRepository.Ending> endings, List<ProgrammeRepository.CarerHousehold> deregistered,
            List<ProgrammeRepository.CarerHousehold> registered, boolean inside) {
        List<ProgrammeRepository.Ending> here = endings.stream().filter(ending -> ending.inConstellation() == inside).toList();
        int unplanned = (int) here.stream().filter(ending -> UNPLANNED_ENDINGS.contains(ending.reason())).count();
        String endedShown = published(here.size());
        String unplannedShown = published(unplanned);
        boolean hidden = Suppression.isHidden(endedShown) || Suppression.isHidden(unplannedShown);
        int households = (int) registered.stream().filter(household -> household.inConstellation() == inside).count();
        int lost = (int) deregistered.stream().filter(household -> household.inConstellation() == inside).count();
        return new Programme.Outcome(endedShown, unplannedShown, hidden ? null : share(unplanned, here.size()),
                households, lost, share(lost, households));
    }

    /** A period: {@code to} defaults to today; both days inside the data, and {@code from} not after {@code to}. */
    private LocalDate checkedPeriod(Scope scope, LocalDate from, LocalDate to) {
        LocalDate last = checkedDay(scope, "to", to);
        checkedDay(scope, "from", from);
        if (from.isAfter(last)) {
            throw new InvalidArgumentException("from", from, "the period runs from a day up to a later one (to is " + last + ")");
        }
        return last;
    }

    private static Double share(int count, int of) {
        return of == 0 ? null : Math.round(1000.0 * count / of) / 1000.0;
    }

    private String published(int count) {
        return Suppression.isSmall(count, disclosure.threshold()) ? Suppression.SUPPRESSED : String.valueOf(count);
    }

    /** A group of every {@link MixDimension}, in their order. */
    private static List<String> key(String locality, AgeBand band, String placeCode, String providerCode, boolean internal,
            String provider) {
        List<String> key = new ArrayList<>();
        for (MixDimension dimension : MixDimension.values()) {
            key.add(switch (dimension) {
                case LOCALITY -> locality == null ? UNKNOWN : locality;
                case AGE_BAND -> band.label();
                case PLACEMENT_TYPE -> PlacementType.of(placeCode, providerCode).name();
                case PROVIDER -> internal ? COUNCIL : provider == null ? UNKNOWN : provider;
            });
        }
        return key;
    }

    /** A report day: today when not given; not after today, nor before the first placement the graph holds. */
    private LocalDate checkedDay(Scope scope, String field, LocalDate asked) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asked == null ? today : asked;
        if (day.isAfter(today)) {
            throw new InvalidArgumentException(field, day, "reports describe days up to today (" + today + "), not the future");
        }
        LocalDate first = reports.firstPlacementStart(scope).orElse(today);
        if (day.isBefore(first)) {
            throw new InvalidArgumentException(field, day, "the graph holds no placement before " + first);
        }
        return day;
    }

    /** Groups in each dimension's own order: age bands youngest first, placement types as listed, names A to Z. */
    private static Comparator<List<String>> keyOrder(List<MixDimension> dimensions) {
        return (a, b) -> {
            for (int i = 0; i < dimensions.size(); i++) {
                int order = switch (dimensions.get(i)) {
                    case AGE_BAND -> Integer.compare(AgeBand.ofLabel(a.get(i)).ordinal(), AgeBand.ofLabel(b.get(i)).ordinal());
                    case PLACEMENT_TYPE -> PlacementType.valueOf(a.get(i)).compareTo(PlacementType.valueOf(b.get(i)));
                    case LOCALITY, PROVIDER -> a.get(i).compareTo(b.get(i));
                };
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
    }
}
