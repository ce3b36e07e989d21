package org.fostergraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        Map<List<String>, MixCube.Cell> mixByType = reporting.mixCube(open, day).table(byPlacementType, Reporting.keyOrder(byPlacementType));
        Boolean[][] elsewhere = new Boolean[types.size()][3];
        for (int i = 0; i < types.size(); i++) {
            MixCube.Cell inMix = mixByType.get(List.of(types.get(i).name()));
            if (inMix != null && inMix.total() == byType.get(types.get(i))[0]) {
                elsewhere[i][0] = Suppression.isHidden(inMix.shownTotal());
            }
        }
        List<String[]> published = Suppression.apply(new ArrayList<>(byType.values()), reporting.threshold(), elsewhere);
        List<DistanceFromHome.Group> groups = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            groups.add(new DistanceFromHome.Group(types.get(i).name(), published.get(i)[0], published.get(i)[1], published.get(i)[2]));
        }
        return new DistanceFromHome(day, measured.size(), open.size() - measured.size(), over20, Reporting.share(over20, measured.size()),
                outside, Reporting.share(outside, measured.size()), groups);
    }
}
