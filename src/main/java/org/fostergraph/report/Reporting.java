package org.fostergraph.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fostergraph.api.errors.InvalidArgumentException;
import org.fostergraph.security.Scope;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every report shares: the day or period it describes (checked against today and the first placement the graph
 * holds), small-number suppression of single counts, the placement mix's cube (which the reports that publish its
 * numbers hide as it hides them), a group's key in every dimension and their order, shares to a tenth of a percent.
 */
@Component
@Transactional(readOnly = true)
class Reporting {

    static final int MAX_TREND_MONTHS = 60;
    static final String UNKNOWN = "Unknown";
    static final String COUNCIL = "The council";

    private final ReportRepository reports;
    private final DisclosureProperties disclosure;
    private final Clock clock;

    Reporting(ReportRepository reports, DisclosureProperties disclosure, Clock clock) {
        this.reports = reports;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    int threshold() {
        return disclosure.threshold();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** Every grouping of the day's placements, suppressed together (see {@link MixCube}). */
    MixCube mixCube(List<MixCube.Entry> entries) {
        return MixCube.suppressed(entries, disclosure.threshold(), COUNCIL);
    }

    /** The same cube from the day's placements one by one, for the reports that hide what the mix hides. */
    MixCube mixCube(List<ReportRepository.OpenPlacement> open, LocalDate day) {
        return mixCube(open.stream().map(placement -> new MixCube.Entry(key(placement.locality(),
                AgeBand.on(placement.dateOfBirth(), day), placement.placeCode(), placement.providerCode(), placement.isInternal(),
                placement.provider()), placement.isInternal(), 1, placement.weeklyCost())).toList());
    }

    static MixCube.Entry entry(ReportRepository.MixRow row) {
        return new MixCube.Entry(key(row.locality(), row.band(), row.placeCode(), row.providerCode(), row.isInternal(),
                row.provider()), row.isInternal(), row.children(), row.weeklyCost());
    }

    /** A period: {@code to} defaults to today; both days inside the data, and {@code from} not after {@code to}. */
    LocalDate checkedPeriod(Scope scope, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        // The first placement is read once for both ends of the period.
        LocalDate first = reports.firstPlacementStart(scope).orElse(today);
        LocalDate last = checkedDay("to", to, today, first);
        checkedDay("from", from, today, first);
        if (from.isAfter(last)) {
            throw new InvalidArgumentException("from", from, "the period runs from a day up to a later one (to is " + last + ")");
        }
        return last;
    }

    static Double share(int count, int of) {
        return of == 0 ? null : Math.round(1000.0 * count / of) / 1000.0;
    }

    /** A count published with nothing else it could be worked out from: hidden when small. */
    PublishedCount alone(int count) {
        return PublishedCount.alone(count, disclosure.threshold());
    }

    /** A fresh disclosure engine at the configured threshold, for a report's linked numbers. */
    Disclosure disclosure() {
        return new Disclosure(disclosure.threshold());
    }

    /** A group of every {@link MixDimension}, in their order. */
    static List<String> key(String locality, AgeBand band, String placeCode, String providerCode, boolean internal,
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
    LocalDate checkedDay(Scope scope, String field, LocalDate asked) {
        LocalDate today = LocalDate.now(clock);
        return checkedDay(field, asked, today, reports.firstPlacementStart(scope).orElse(today));
    }

    private static LocalDate checkedDay(String field, LocalDate asked, LocalDate today, LocalDate first) {
        LocalDate day = asked == null ? today : asked;
        if (day.isAfter(today)) {
            throw new InvalidArgumentException(field, day, "reports describe days up to today (" + today + "), not the future");
        }
        if (day.isBefore(first)) {
            throw new InvalidArgumentException(field, day, "the graph holds no placement before " + first);
        }
        return day;
    }

    /** Groups in each dimension's own order: age bands youngest first, placement types as listed, names A to Z. */
    static Comparator<List<String>> keyOrder(List<MixDimension> dimensions) {
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
