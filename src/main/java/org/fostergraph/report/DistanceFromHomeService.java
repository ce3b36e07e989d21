package org.fostergraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.fostergraph.care.Distances;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Children placed far from home or outside the council's boundary. */
@Service
@Transactional(readOnly = true)
public class DistanceFromHomeService {

    private final ReportRepository reports;
    private final Reporting reporting;

    DistanceFromHomeService(ReportRepository reports, Reporting reporting) {
        this.reports = reports;
        this.reporting = reporting;
    }

    public DistanceFromHome distanceFromHome(Scope scope, LocalDate asOf) {
        LocalDate day = reporting.checkedDay(scope, "asOf", asOf);
        List<ReportRepository.OpenPlacement> open = reports.openOn(scope, day);
        List<ReportRepository.OpenPlacement> measured = open.stream().filter(p -> metres(p) != null).toList();
        Map<PlacementType, TypeCounts> byType = new EnumMap<>(PlacementType.class);
        int over20 = 0;
        int outside = 0;
        int byPostcode = 0;
        int byAreaCode = 0;
        for (ReportRepository.OpenPlacement placement : measured) {
            boolean far = Distances.miles(metres(placement)) > Distances.FAR_FROM_HOME_MILES;
            boolean out = outsideBoundary(placement);
            byPostcode += placement.postcodes() != null ? 1 : 0;
            byAreaCode += placement.placedIn() != null && placement.councilArea() != null ? 1 : 0;
            over20 += far ? 1 : 0;
            outside += out ? 1 : 0;
            byType.merge(PlacementType.of(placement.placeCode(), placement.providerCode()),
                    new TypeCounts(1, far ? 1 : 0, out ? 1 : 0), TypeCounts::plus);
        }
        Disclosure disclosure = reporting.disclosure();
        // Where every placement of a type is measured, its count is the placement mix's by type, hidden as it hides it.
        List<MixDimension> byPlacementType = List.of(MixDimension.PLACEMENT_TYPE);
        Map<List<String>, MixCube.Cell> mixByType = reporting.mixCube(open, day).table(byPlacementType, Reporting.keyOrder(byPlacementType));
        Map<PlacementType, TypeCounts> numbers = new EnumMap<>(PlacementType.class);
        byType.forEach((type, counts) -> {
            TypeCounts row = new TypeCounts(disclosure.count(counts.measured()), disclosure.count(counts.over20()),
                    disclosure.count(counts.outside()));
            disclosure.related(row.measured(), row.over20(), row.outside());
            MixCube.Cell inMix = mixByType.get(List.of(type.name()));
            if (inMix != null && inMix.total().value() == counts.measured()) {
                disclosure.asElsewhere(row.measured(), inMix.total().hidden());
            }
            numbers.put(type, row);
        });
        // The council's counts are published exactly; the counts by type add up to them, and count the same children.
        for (ToIntFunction<TypeCounts> column : List.<ToIntFunction<TypeCounts>>of(TypeCounts::measured, TypeCounts::over20,
                TypeCounts::outside)) {
            disclosure.publishedTotal(numbers.values().stream().mapToInt(column).toArray());
        }
        disclosure.suppress();
        List<DistanceFromHome.Group> groups = new ArrayList<>();
        numbers.forEach((type, row) -> groups.add(new DistanceFromHome.Group(type.name(), disclosure.published(row.measured()).shown(),
                disclosure.published(row.over20()).shown(), disclosure.published(row.outside()).shown())));
        return new DistanceFromHome(day, measured.size(), open.size() - measured.size(), over20, Reporting.share(over20, measured.size()),
                outside, Reporting.share(outside, measured.size()), groups,
                new DistanceFromHome.Methods(byPostcode, measured.size() - byPostcode, byAreaCode, measured.size() - byAreaCode));
    }

    /**
     * The DfE's way where it can be: straight-line metres between the grid references of the home and placement
     * postcodes; otherwise the geodesic between the locations the graph holds (postcode-sector centres), an estimate.
     */
    static Double metres(ReportRepository.OpenPlacement placement) {
        return placement.postcodes() != null ? Double.valueOf(placement.postcodes().metres()) : placement.homeMetres();
    }

    /**
     * Outside the council's area: by the local authority district of the placement's postcode when both it and the
     * council's are known (as the DfE derives PL_LA), else by whether the home lies in none of the council's localities.
     */
    static boolean outsideBoundary(ReportRepository.OpenPlacement placement) {
        if (placement.placedIn() != null && placement.councilArea() != null) {
            return !placement.placedIn().equals(placement.councilArea());
        }
        return !placement.insideBoundary();
    }

    /**
     * Placements of one type measured, more than 20 miles from home, and outside the council's boundary: the counts,
     * or their numbers in the disclosure engine.
     */
    private record TypeCounts(int measured, int over20, int outside) {

        TypeCounts plus(TypeCounts other) {
            return new TypeCounts(measured + other.measured, over20 + other.over20, outside + other.outside);
        }
    }
}
