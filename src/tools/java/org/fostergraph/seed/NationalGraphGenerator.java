package org.fostergraph.seed;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.fostergraph.care.Provision;

/**
 * A synthetic England: councils in 9 regions, each with localities, postcode sectors, its own and bought-in homes,
 * Mockingbird constellations, children with five years of placements, siblings and open referrals. Everything is
 * fictional (the places are points scattered around each region's centre); the proportions come from
 * {@code shared/reference/facts.md}: the placement mix of England's 150 councils, 22% of children more than 20 miles
 * from home and about 41% outside their council's boundary, weekly costs by kind of placement.
 *
 * <p>Deterministic: each council draws from its own random stream ({@code seed + council number}), so one council's
 * graph never depends on how many others there are. A council is generated and handed on before the next one is
 * begun, so memory holds one council at a time.
 *
 * <p>Capacity is kept: no home holds more children than its places (a hub's two sleepover beds excluded) at any
 * month end of the history or on the reference date, and a household takes children only while approved.
 */
public final class NationalGraphGenerator {

    /** Raised whenever the same shape and seed would give a different graph, so a stored graph can be told apart. */
    public static final int VERSION = 3;

    /** A council's part of the graph, as rows for the loader's {@code UNWIND} statements. */
    public record CouncilGraph(String code, Map<Part, List<Map<String, Object>>> rows) {

        public List<Map<String, Object>> rows(Part part) {
            return rows.getOrDefault(part, List.of());
        }
    }

    /** The kinds of rows, in the order they must be loaded (later parts refer to earlier ones). */
    public enum Part {
        COUNCIL, LOCALITY, NEIGHBOURS, POSTCODE_SECTOR, HOUSEHOLD, STATUS_CHANGE, CARER, SOCIAL_WORKER, CONSTELLATION,
        SATELLITE, CHILD, SIBLINGS, PLACEMENT, REFERRAL
    }

    record Region(String name, double latitude, double longitude, double spread, int councils) {
    }

    /** England's 9 regions with their number of councils (150 in all), centres and how far their councils spread. */
    static final List<Region> REGIONS = List.of(
            new Region("North East", 54.85, -1.65, 0.30, 12),
            new Region("North West", 53.65, -2.65, 0.40, 23),
            new Region("Yorkshire and the Humber", 53.75, -1.35, 0.40, 15),
            new Region("East Midlands", 52.95, -1.05, 0.40, 9),
            new Region("West Midlands", 52.45, -2.05, 0.35, 14),
            new Region("East of England", 52.25, 0.45, 0.45, 11),
            new Region("London", 51.51, -0.12, 0.10, 33),
            new Region("South East", 51.25, -0.65, 0.40, 19),
            new Region("South West", 50.95, -3.25, 0.55, 14));

    /** Kinds of placement, with their SSDA903 codes (PLACE for a current and an earlier placement, PLACE_PROVIDER). */
    enum Kind {
        IN_HOUSE("IN_HOUSE_FOSTERING", "U4", "U6", "PR1", true),
        KINSHIP("CONNECTED_PERSON", "U1", "U3", "PR1", true),
        IFA("IFA_FOSTERING", "U4", "U6", "PR4", true),
        OTHER_LA("OTHER_LA", "U4", "U6", "PR2", true),
        COUNCIL_HOME("IN_HOUSE_RESIDENTIAL", "K2", "K2", "PR1", false),
        PRIVATE_HOME("PRIVATE_RESIDENTIAL", "K2", "K2", "PR4", false),
        VOLUNTARY_HOME("VOLUNTARY_RESIDENTIAL", "K2", "K2", "PR5", false),
        SUPPORTED("SUPPORTED_ACCOMMODATION", "K3", "K3", "PR4", false),
        PARENTS("PARENTS", "P1", "P1", "PR0", true);

        final String provision;
        final String currentPlaceCode;
        final String earlierPlaceCode;
        final String providerCode;
        /** Whether a sibling group can live there together. */
        final boolean family;

        Kind(String provision, String currentPlaceCode, String earlierPlaceCode, String providerCode, boolean family) {
            this.provision = provision;
            this.currentPlaceCode = currentPlaceCode;
            this.earlierPlaceCode = earlierPlaceCode;
            this.providerCode = providerCode;
            this.family = family;
        }
    }

    /**
     * The mix of placements by the eldest child's age when the placement starts (0–9, 10–15, 16–17), as weights. A
     * child in care today may have started their placement years ago, younger, so the weights of the kinds only older
     * children may have (children's homes, supported accommodation) are set higher than England's shares; on the day
     * the mix comes out near England's (facts.md: in-house fostering 27.9%, IFA 24.8%, kinship 15.6%, children's homes
     * 11.4%, supported accommodation 9.8%, placed with parents 6.0%), checked by {@code NationalGraphGeneratorTest}.
     */
    private static final Map<Kind, double[]> MIX_BY_AGE = new EnumMap<>(Map.of(
            Kind.IN_HOUSE, new double[] {36, 28, 16},
            Kind.IFA, new double[] {30, 26, 12},
            Kind.KINSHIP, new double[] {22, 14, 8},
            Kind.COUNCIL_HOME, new double[] {0, 3.5, 2.5},
            Kind.PRIVATE_HOME, new double[] {0, 20, 16},
            Kind.VOLUNTARY_HOME, new double[] {0, 1.5, 1},
            Kind.SUPPORTED, new double[] {0, 0, 110},
            Kind.PARENTS, new double[] {9, 5, 3},
            Kind.OTHER_LA, new double[] {1, 2.5, 2}));

    /**
     * Where each kind of home is, as shares [inside the council, within 20 miles outside it, further]: in-house carers
     * live in the council; agencies, private homes and supported accommodation are bought wherever there is room
     * (facts.md: 22% of children more than 20 miles from home, about 41% outside the boundary).
     */
    private static final Map<Kind, double[]> WHERE = new EnumMap<>(Map.of(
            Kind.IN_HOUSE, new double[] {0.95, 0.03, 0.02},
            Kind.KINSHIP, new double[] {0.70, 0.18, 0.12},
            Kind.IFA, new double[] {0.40, 0.35, 0.25},
            Kind.OTHER_LA, new double[] {0.0, 0.40, 0.60},
            Kind.COUNCIL_HOME, new double[] {1.0, 0.0, 0.0},
            Kind.PRIVATE_HOME, new double[] {0.25, 0.20, 0.55},
            Kind.VOLUNTARY_HOME, new double[] {0.25, 0.35, 0.40},
            Kind.SUPPORTED, new double[] {0.45, 0.25, 0.30},
            Kind.PARENTS, new double[] {0.90, 0.10, 0.0}));

    private static final double MILES_PER_DEGREE_LATITUDE = 69.05;

    private final NationalGraphShape shape;
    private final LocalDate today;
    private final LocalDate historyStart;
    /** Month ends of the history and the reference date: the days on which capacity is kept. */
    private final LocalDate[] checkpoints;
    private final List<CouncilPlace> councils = new ArrayList<>();
    private final List<LocalityPlace> allLocalities = new ArrayList<>();
    private final List<Map<String, Object>> providerRows = new ArrayList<>();
    private final Map<Kind, List<String>> providersByKind = new EnumMap<>(Kind.class);

    record CouncilPlace(int number, String code, String name, Region region, double latitude, double longitude,
            int childrenInCare, int fosteringHouseholds, int childrensHomes, int constellations,
            List<LocalityPlace> localities) {
    }

    record LocalityPlace(String id, String name, String councilCode, double latitude, double longitude, List<String> sectors) {
    }

    public NationalGraphGenerator(NationalGraphShape shape) {
        this.shape = shape;
        this.today = shape.referenceDate();
        this.historyStart = today.minusYears(shape.years());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = historyStart.with(TemporalAdjusters.lastDayOfMonth()); day.isBefore(today);
                day = day.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
            days.add(day);
        }
        days.add(today);
        this.checkpoints = days.toArray(LocalDate[]::new);
        geography();
        providers();
    }

    public NationalGraphShape shape() {
        return shape;
    }

    /** Every provider (agencies, home groups, other councils' fostering services), shared by all councils. */
    public List<Map<String, Object>> providerRows() {
        return providerRows;
    }

    public List<String> councilCodes() {
        return councils.stream().map(CouncilPlace::code).toList();
    }

    /** The council with the most children in care: the heaviest council-level work. */
    public String largestCouncil() {
        return councils.stream().max(Comparator.comparingInt(CouncilPlace::childrenInCare)).orElseThrow().code();
    }

    /** Generates the councils one by one, handing each to {@code sink} before starting the next. */
    public void generate(Consumer<CouncilGraph> sink) {
        councils.forEach(council -> sink.accept(new CouncilBuilder(council).build()));
    }

    // ---------------------------------------------------------------- national geography and providers

    private void geography() {
        Random random = new Random(shape.seed());
        int[] perRegion = apportion(shape.councils(), REGIONS.stream().mapToDouble(Region::councils).toArray());
        List<Region> regionOfCouncil = new ArrayList<>();
        for (int r = 0; r < REGIONS.size(); r++) {
            regionOfCouncil.addAll(Collections.nCopies(perRegion[r], REGIONS.get(r)));
        }
        // Council sizes vary about tenfold (lognormal), London boroughs being smaller than shire counties.
        double[] weights = new double[shape.councils()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 0.55) * (regionOfCouncil.get(i).name().equals("London") ? 0.6 : 1.0);
        }
        int[] children = apportion(shape.childrenInCare(), weights);
        int[] households = apportion(shape.fosteringHouseholds(), weights);
        int[] homes = apportion(shape.childrensHomes(), weights);
        int[] constellations = apportion(shape.constellations(), weights);
        for (int i = 0; i < shape.councils(); i++) {
            Region region = regionOfCouncil.get(i);
            int number = i + 1;
            String code = String.format(Locale.ROOT, "LA%03d", number);
            double latitude = region.latitude() + random.nextGaussian() * region.spread();
            double longitude = region.longitude() + random.nextGaussian() * region.spread() * 1.6;
            int localityCount = children[i] >= 900 ? 6 : children[i] >= 500 ? 5 : children[i] >= 250 ? 4 : 3;
            double radius = region.name().equals("London") ? 0.025 : 0.06;
            // Postcode sectors of a made-up area "Q?" (no real postcode area starts with Q): six councils share a
            // letter, each with 16 districts of its own, so every sector is unique and reads like a real one.
            String area = "Q" + (char) ('A' + (i / 6) % 26);
            int firstDistrict = (i % 6) * 16;
            List<LocalityPlace> localities = new ArrayList<>();
            for (int l = 0; l < localityCount; l++) {
                double angle = 2 * Math.PI * l / localityCount + random.nextDouble() * 0.5;
                double distance = l == 0 ? 0 : radius * (0.6 + random.nextDouble() * 0.6);
                List<String> sectors = new ArrayList<>();
                for (int district = 0; district < 2; district++) {
                    for (int sector = 0; sector < 3; sector++) {
                        sectors.add(area + (firstDistrict + l * 2 + district) + " " + (sector + 1));
                    }
                }
                localities.add(new LocalityPlace(code + "-L" + (l + 1),
                        String.format(Locale.ROOT, "%s %s", l == 0 ? "Central" : COMPASS.get(l % COMPASS.size()), code),
                        code, round(latitude + Math.sin(angle) * distance), round(longitude + Math.cos(angle) * distance * 1.6),
                        List.copyOf(sectors)));
            }
            allLocalities.addAll(localities);
            councils.add(new CouncilPlace(number, code, "Council " + code + " (fictional, " + region.name() + ")", region,
                    latitude, longitude, children[i], households[i], Math.max(1, homes[i]), constellations[i],
                    List.copyOf(localities)));
        }
    }

    private static final List<String> COMPASS = List.of("Central", "North", "East", "South", "West", "Riverside");

    private void providers() {
        Random random = new Random(shape.seed() - 1);
        int scale = Math.max(1, shape.councils() / 3);
        addProviders(Kind.IFA, "IFA", "INDEPENDENT_FOSTERING_AGENCY", "PR4", 2 * scale, "Fostering", random);
        addProviders(Kind.PRIVATE_HOME, "RES", "PRIVATE_CHILDRENS_HOMES", "PR4", 3 * scale, "Care Homes Ltd", random);
        addProviders(Kind.VOLUNTARY_HOME, "VOL", "VOLUNTARY_ORGANISATION", "PR5", Math.max(1, scale / 3), "Children's Charity", random);
        addProviders(Kind.SUPPORTED, "SUP", "SUPPORTED_ACCOMMODATION", "PR4", Math.max(1, scale / 2), "Supported Living", random);
        for (CouncilPlace council : councils) {
            String id = "PRV-LA-" + council.code();
            providerRows.add(row("id", id, "name", council.name() + " Fostering Service", "kind", "OTHER_LOCAL_AUTHORITY",
                    "placeProviderCode", "PR2"));
            providersByKind.computeIfAbsent(Kind.OTHER_LA, k -> new ArrayList<>()).add(id);
        }
    }

    private void addProviders(Kind kind, String prefix, String providerKind, String code, int count, String suffix, Random random) {
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "PRV-%s-%03d", prefix, i);
            String name = DemoCouncilGenerator.SURNAMES.get(random.nextInt(DemoCouncilGenerator.SURNAMES.size())) + " "
                    + PROVIDER_WORDS.get(random.nextInt(PROVIDER_WORDS.size())) + " " + suffix + " (fictional)";
            providerRows.add(row("id", id, "name", name, "kind", providerKind, "placeProviderCode", code));
            providersByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id);
        }
    }

    private static final List<String> PROVIDER_WORDS = List.of("Oak", "Harbour", "Bright", "Kestrel", "Meadow", "Cedar",
            "Stepping Stones", "Northern", "Compass", "Willow");

    // ---------------------------------------------------------------- one council

    /** A home while the council is generated: where it is, when it may take children, and how full it is. */
    private final class Home {
        final String id;
        final Kind kind;
        final int places;
        final int ageMin;
        final int ageMax;
        final LocalDate approvedFrom;
        final LocalDate availableUntil;
        final int locality;
        final int[] occupied = new int[checkpoints.length];
        final Map<String, Object> row;

        Home(String id, Kind kind, int places, int ageMin, int ageMax, LocalDate approvedFrom, LocalDate availableUntil,
                int locality, Map<String, Object> row) {
            this.id = id;
            this.kind = kind;
            this.places = places;
            this.ageMin = ageMin;
            this.ageMax = ageMax;
            this.approvedFrom = approvedFrom;
            this.availableUntil = availableUntil;
            this.locality = locality;
            this.row = row;
        }

        boolean takes(int youngest, int eldest, LocalDate start, LocalDate end, int children) {
            if (youngest < ageMin || eldest > ageMax || approvedFrom == null || approvedFrom.isAfter(start)
                    || (availableUntil != null && (end == null || end.isAfter(availableUntil)))) {
                return false;
            }
            for (int t = firstCheckpoint(start); t < checkpoints.length && (end == null || checkpoints[t].isBefore(end)); t++) {
                if (occupied[t] + children > places) {
                    return false;
                }
            }
            return true;
        }

        void take(LocalDate start, LocalDate end, int children) {
            for (int t = firstCheckpoint(start); t < checkpoints.length && (end == null || checkpoints[t].isBefore(end)); t++) {
                occupied[t] += children;
            }
        }
    }

    private int firstCheckpoint(LocalDate day) {
        int index = Arrays.binarySearch(checkpoints, day);
        return index >= 0 ? index : -index - 1;
    }

    private final class CouncilBuilder {
        private final CouncilPlace council;
        private final Random random;
        private final String code;
        private final Map<Part, List<Map<String, Object>>> rows = new EnumMap<>(Part.class);
        private final Map<Kind, List<Home>> homes = new EnumMap<>(Kind.class);
        private final Map<Kind, Map<Integer, List<Home>>> localHomes = new EnumMap<>(Kind.class);
        private int householdSequence;
        private int childSequence;
        private int placementSequence;
        private int statusSequence;
        private int carerSequence;

        CouncilBuilder(CouncilPlace council) {
            this.council = council;
            this.random = new Random(shape.seed() + council.number());
            this.code = council.code();
        }

        CouncilGraph build() {
            places();
            households();
            List<Home> hubs = constellations();
            children(hubs);
            return new CouncilGraph(code, rows);
        }

        private void add(Part part, Map<String, Object> row) {
            rows.computeIfAbsent(part, p -> new ArrayList<>()).add(row);
        }

        private void places() {
            add(Part.COUNCIL, row("code", code, "name", council.name(), "region", council.region().name()));
            List<LocalityPlace> localities = council.localities();
            for (int l = 0; l < localities.size(); l++) {
                LocalityPlace locality = localities.get(l);
                add(Part.LOCALITY, row("id", locality.id(), "name", locality.name(), "latitude", locality.latitude(),
                        "longitude", locality.longitude()));
                if (localities.size() > 1) {
                    add(Part.NEIGHBOURS, row("id", locality.id(), "neighbourId", localities.get((l + 1) % localities.size()).id()));
                }
                for (String sector : locality.sectors()) {
                    add(Part.POSTCODE_SECTOR, row("sector", sector, "localityId", locality.id(),
                            "latitude", round(locality.latitude() + random.nextGaussian() * 0.006),
                            "longitude", round(locality.longitude() + random.nextGaussian() * 0.009)));
                }
            }
        }

        // ------------------------------------------------------------ households

        private void households() {
            int fostering = council.fosteringHouseholds();
            int inHouse = (int) Math.round(fostering * 0.42);
            int kinship = (int) Math.round(fostering * 0.22);
            int ifa = fostering - inHouse - kinship;
            for (int i = 0; i < inHouse; i++) {
                recruited(Kind.IN_HOUSE, "IN");
            }
            for (int i = 0; i < kinship; i++) {
                recruited(Kind.KINSHIP, "CP");
            }
            for (int i = 0; i < ifa; i++) {
                Map<String, Object> row = household(Kind.IFA, "IF", places(0.30, 0.50), provider(Kind.IFA));
                fosteringTerms(row);
                bought(row, Kind.IFA);
            }
            int homeCount = council.childrensHomes();
            for (int i = 0; i < homeCount; i++) {
                double draw = random.nextDouble();
                Kind kind = draw < 0.15 ? Kind.COUNCIL_HOME : draw < 0.93 ? Kind.PRIVATE_HOME : Kind.VOLUNTARY_HOME;
                int places = HOME_PLACES[random.nextInt(HOME_PLACES.length)];
                Map<String, Object> row = household(kind, "CH", places, kind == Kind.COUNCIL_HOME ? null : provider(kind));
                residentialTerms(row, 10, 17, "RESIDENTIAL");
                row.put("name", (kind == Kind.COUNCIL_HOME ? "Council" : kind == Kind.PRIVATE_HOME ? "Private" : "Voluntary")
                        + " children's home " + row.get("id"));
                bought(row, kind);
            }
            // Supported accommodation for 16- and 17-year-olds, and other councils' carers: enough for this council's
            // share of England's placements in them, with room to spare.
            int supported = Math.max(1, (int) Math.ceil(council.childrenInCare() * 0.098 / 3.0));
            for (int i = 0; i < supported; i++) {
                Map<String, Object> row = household(Kind.SUPPORTED, "SA", 4 + random.nextInt(5), provider(Kind.SUPPORTED));
                residentialTerms(row, 16, 18, "SUPPORTED_ACCOMMODATION");
                row.put("name", "Supported accommodation " + row.get("id"));
                bought(row, Kind.SUPPORTED);
            }
            int otherCouncils = Math.max(1, (int) Math.ceil(council.childrenInCare() * 0.05 / 1.3));
            for (int i = 0; i < otherCouncils; i++) {
                Map<String, Object> row = household(Kind.OTHER_LA, "LA", places(0.2, 0.5), otherCouncilProvider());
                fosteringTerms(row);
                bought(row, Kind.OTHER_LA);
            }
        }

        private int places(double one, double two) {
            double draw = random.nextDouble();
            return draw < one ? 1 : draw < one + two ? 2 : 3;
        }

        /** A council household (in-house or connected-person) with its recruitment history. */
        private void recruited(Kind kind, String prefix) {
            Map<String, Object> row = household(kind, prefix, kind == Kind.IN_HOUSE ? places(0.25, 0.50) : places(0.30, 0.45), null);
            if (kind == Kind.IN_HOUSE) {
                fosteringTerms(row);
            }
            else {
                row.put("ageMin", 0);
                row.put("ageMax", 18);
                row.put("approvalTypes", List.of("CONNECTED_PERSON"));
                row.put("bedrooms", (int) row.get("approvedPlaces") + 1);
            }
            double draw = random.nextDouble();
            String status = draw < 0.86 ? "APPROVED" : draw < 0.89 ? "ON_HOLD" : draw < 0.93 ? "ASSESSMENT"
                    : draw < 0.96 ? "ENQUIRY" : "DEREGISTERED";
            // Most were approved before the history starts; the rest were recruited during it.
            LocalDate approved = random.nextDouble() < 0.65 ? historyStart.minusDays(random.nextInt(3650))
                    : historyStart.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(historyStart, today.minusDays(30))));
            LocalDate available = null;
            LocalDate until = null;
            String id = (String) row.get("id");
            switch (status) {
                case "ENQUIRY", "ASSESSMENT" -> {
                    LocalDate enquiry = today.minusDays(20 + random.nextInt(300));
                    statusChange(id, "ENQUIRY", enquiry);
                    if (status.equals("ASSESSMENT")) {
                        statusChange(id, "ASSESSMENT", enquiry.plusDays(10 + random.nextInt(20)));
                    }
                    row.put("statusSince", status.equals("ENQUIRY") ? enquiry : enquiry.plusDays(10));
                }
                default -> {
                    statusChange(id, "ENQUIRY", approved.minusDays(200 + random.nextInt(60)));
                    statusChange(id, "ASSESSMENT", approved.minusDays(160 + random.nextInt(20)));
                    statusChange(id, "APPROVED", approved);
                    available = approved;
                    LocalDate since = approved;
                    if (!status.equals("APPROVED")) {
                        LocalDate from = approved.isAfter(historyStart) ? approved : historyStart;
                        long span = Math.max(1, ChronoUnit.DAYS.between(from, today.minusDays(1)));
                        until = from.plusDays(1 + random.nextInt((int) span));
                        statusChange(id, status, until);
                        since = until;
                    }
                    row.put("statusSince", since);
                }
            }
            row.put("status", status);
            carers(id, kind == Kind.IN_HOUSE && random.nextDouble() < 0.6 ? 2 : 1, (String) row.get("surname"));
            register(row, kind, available, until);
        }

        private void statusChange(String householdId, String status, LocalDate date) {
            add(Part.STATUS_CHANGE, row("id", String.format(Locale.ROOT, "SC-%s-%06d", code, ++statusSequence),
                    "householdId", householdId, "status", status, "date", date));
        }

        private void carers(String householdId, int count, String surname) {
            for (int c = 0; c < count; c++) {
                add(Part.CARER, row("id", String.format(Locale.ROOT, "CAR-%s-%05d", code, ++carerSequence),
                        "householdId", householdId, "name", pick(DemoCouncilGenerator.FIRST_NAMES) + " " + surname));
            }
        }

        /** A bought-in home: approved by its provider before the history starts, available throughout. */
        private void bought(Map<String, Object> row, Kind kind) {
            row.put("status", "APPROVED");
            row.put("statusSince", historyStart.minusDays(random.nextInt(3650)));
            register(row, kind, historyStart.minusYears(20), null);
        }

        private Map<String, Object> household(Kind kind, String prefix, int places, String providerId) {
            String id = String.format(Locale.ROOT, "HH-%s-%s-%05d", code, prefix, ++householdSequence);
            String surname = pick(DemoCouncilGenerator.SURNAMES);
            Map<String, Object> row = row("id", id, "name", "The " + surname + " household", "provision", kind.provision,
                    "approvedPlaces", places, "providerId", providerId, "languages", List.of("English"), "skills", List.of(),
                    "pets", false);
            row.put("surname", surname);
            double[] where = WHERE.get(kind);
            double draw = random.nextDouble();
            if (draw < where[0]) {
                int locality = random.nextInt(council.localities().size());
                LocalityPlace place = council.localities().get(locality);
                locate(row, place.latitude() + random.nextGaussian() * 0.012, place.longitude() + random.nextGaussian() * 0.018,
                        place, locality);
            }
            else {
                boolean near = draw < where[0] + where[1];
                double miles = near ? 6 + random.nextDouble() * 13 : 21 + random.nextDouble() * 100;
                double bearing = random.nextDouble() * 2 * Math.PI;
                double latitude = council.latitude() + Math.cos(bearing) * miles / MILES_PER_DEGREE_LATITUDE;
                double longitude = council.longitude() + Math.sin(bearing) * miles
                        / (MILES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(council.latitude())));
                locate(row, latitude, longitude, nearestLocality(latitude, longitude, code), -1);
            }
            return row;
        }

        private void locate(Map<String, Object> row, double latitude, double longitude, LocalityPlace sectorsFrom, int locality) {
            row.put("latitude", round(latitude));
            row.put("longitude", round(longitude));
            row.put("postcodeSector", pick(sectorsFrom.sectors()));
            // Homes outside the council's boundary are in none of its localities.
            row.put("localityId", locality < 0 ? null : sectorsFrom.id());
            row.put("localityIndex", locality);
        }

        private void register(Map<String, Object> row, Kind kind, LocalDate available, LocalDate until) {
            row.remove("surname");
            int locality = (int) row.remove("localityIndex");
            add(Part.HOUSEHOLD, row);
            Home home = new Home((String) row.get("id"), kind, (int) row.get("approvedPlaces"), (int) row.get("ageMin"),
                    (int) row.get("ageMax"), available, until, locality, row);
            homes.computeIfAbsent(kind, k -> new ArrayList<>()).add(home);
            if (locality >= 0) {
                localHomes.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(locality, l -> new ArrayList<>()).add(home);
            }
        }

        private void fosteringTerms(Map<String, Object> row) {
            SyntheticDraws.FosteringTerms terms = SyntheticDraws.fosteringTerms(random, (int) row.get("approvedPlaces"));
            row.put("ageMin", terms.ageMin());
            row.put("ageMax", terms.ageMax());
            row.put("approvalTypes", terms.approvalTypes());
            row.put("bedrooms", terms.bedrooms());
            row.put("pets", terms.pets());
            row.put("skills", terms.skills());
            row.put("languages", terms.languages());
        }

        private void residentialTerms(Map<String, Object> row, int ageMin, int ageMax, String type) {
            row.put("ageMin", ageMin);
            row.put("ageMax", ageMax);
            row.put("approvalTypes", List.of(type));
            row.put("bedrooms", row.get("approvedPlaces"));
        }

        private String provider(Kind kind) {
            return pick(providersByKind.get(kind));
        }

        private String otherCouncilProvider() {
            List<String> others = providersByKind.get(Kind.OTHER_LA).stream().filter(id -> !id.endsWith(code)).toList();
            return others.isEmpty() ? "PRV-LA-" + code : pick(others);
        }

        // ------------------------------------------------------------ constellations

        /**
         * Hubs are experienced in-house carers approved before the history starts, with four places of which two are
         * the sleepover beds; satellites are the nearest approved council carers of the hub's locality.
         */
        private List<Home> constellations() {
            List<Home> hubs = new ArrayList<>();
            List<Home> eligible = new ArrayList<>(homes.getOrDefault(Kind.IN_HOUSE, List.of()).stream()
                    .filter(h -> h.availableUntil == null && h.approvedFrom != null && h.approvedFrom.isBefore(historyStart)
                            && h.locality >= 0)
                    .toList());
            Collections.shuffle(eligible, random);
            List<Home> taken = new ArrayList<>();
            for (int c = 1; c <= council.constellations() && !eligible.isEmpty(); c++) {
                Home chosen = eligible.remove(0);
                Home hub = new Home(chosen.id, Kind.IN_HOUSE, 2, 0, 18, chosen.approvedFrom, null, chosen.locality, chosen.row);
                replace(chosen, hub);
                hub.row.put("approvedPlaces", 4);
                hub.row.put("ageMin", 0);
                hub.row.put("ageMax", 18);
                hub.row.put("bedrooms", 5);
                hub.row.put("approvalTypes", List.of("SHORT_TERM", "LONG_TERM", "EMERGENCY", "RESPITE"));
                hub.row.put("skills", List.of("MOCKINGBIRD_HUB", "THERAPEUTIC"));
                hubs.add(hub);
                taken.add(hub);
                String id = String.format(Locale.ROOT, "CON-%s-%02d", code, c);
                String worker = String.format(Locale.ROOT, "SW-%s-%02d", code, c);
                LocalDate launched = historyStart.minusYears(1).plusDays(random.nextInt(365 * shape.years()));
                add(Part.SOCIAL_WORKER, row("id", worker, "name", pick(DemoCouncilGenerator.FIRST_NAMES) + " "
                        + pick(DemoCouncilGenerator.SURNAMES)));
                add(Part.CONSTELLATION, row("id", id, "name", council.localities().get(hub.locality).name() + " constellation " + c,
                        "launched", launched, "hubId", hub.id, "liaisonWorkerId", worker));
                int wanted = 6 + random.nextInt(5);
                List<Home> near = homes.get(Kind.IN_HOUSE).stream()
                        .filter(h -> h.locality == hub.locality && h.availableUntil == null && h.approvedFrom != null
                                && !taken.contains(h))
                        .sorted((a, b) -> Double.compare(distanceSquared(a, hub), distanceSquared(b, hub)))
                        .limit(wanted + 1L).toList();
                for (int s = 0; s < near.size(); s++) {
                    Home satellite = near.get(s);
                    // One in eight constellations has a former satellite, which left a year after joining.
                    boolean former = s == wanted;
                    if (former && random.nextInt(8) != 0) {
                        continue;
                    }
                    taken.add(satellite);
                    eligible.remove(satellite);
                    LocalDate since = later(launched, satellite.approvedFrom).plusDays(random.nextInt(120));
                    add(Part.SATELLITE, row("constellationId", id, "householdId", satellite.id, "since", since,
                            "until", former ? since.plusYears(1) : null));
                }
            }
            return hubs;
        }

        private void replace(Home old, Home replacement) {
            List<Home> all = homes.get(old.kind);
            all.set(all.indexOf(old), replacement);
            List<Home> local = localHomes.get(old.kind).get(old.locality);
            local.set(local.indexOf(old), replacement);
        }

        private double distanceSquared(Home a, Home b) {
            double dLat = (double) a.row.get("latitude") - (double) b.row.get("latitude");
            double dLon = ((double) a.row.get("longitude") - (double) b.row.get("longitude")) * 0.62;
            return dLat * dLat + dLon * dLon;
        }

        // ------------------------------------------------------------ children and placements

        private void children(List<Home> hubs) {
            int inCareTarget = council.childrenInCare();
            // England: about 0.4 children start and leave care each year for each one in care, so five years see
            // about twice as many leave as are in care on the day.
            int leftTarget = (int) Math.round(inCareTarget * 0.38 * shape.years());
            int inCare = 0;
            int left = 0;
            while (inCare < inCareTarget || left < leftTarget) {
                boolean stillInCare = inCare < inCareTarget && (left >= leftTarget || random.nextDouble() < 0.35);
                int remaining = stillInCare ? inCareTarget - inCare : Integer.MAX_VALUE;
                int size = random.nextDouble() < 0.11 ? (random.nextDouble() < 0.3 ? 3 : 2) : 1;
                size = Math.min(size, remaining);
                List<Map<String, Object>> group = group(size, stillInCare);
                if (stillInCare) {
                    inCare += group.size();
                }
                else {
                    left += group.size();
                }
            }
            referrals();
        }

        /** A child, or siblings placed together, with their time in care and its placements. */
        private List<Map<String, Object>> group(int size, boolean stillInCare) {
            int localityIndex = random.nextInt(council.localities().size());
            LocalityPlace locality = council.localities().get(localityIndex);
            LocalDate spellEnd;
            LocalDate spellStart;
            int eldestAge;
            if (stillInCare) {
                spellEnd = null;
                eldestAge = ageInCare();
                spellStart = today.minusDays(30 + (long) (-Math.log(1 - random.nextDouble()) * 950));
            }
            else {
                spellEnd = historyStart.plusDays(30 + random.nextInt((int) ChronoUnit.DAYS.between(historyStart, today) - 30));
                spellStart = spellEnd.minusDays(21 + (long) (-Math.log(1 - random.nextDouble()) * 560));
                eldestAge = ageInCare() + (int) ChronoUnit.YEARS.between(spellEnd, today);
            }
            List<Map<String, Object>> group = new ArrayList<>();
            for (int s = 0; s < size; s++) {
                int age = Math.max(0, eldestAge - s * (1 + random.nextInt(3)));
                group.add(child(age, locality));
            }
            LocalDate youngestBorn = (LocalDate) group.get(group.size() - 1).get("dateOfBirth");
            if (spellStart.isBefore(youngestBorn.plusDays(3))) {
                spellStart = youngestBorn.plusDays(3);
            }
            if (spellEnd != null && !spellEnd.isAfter(spellStart.plusDays(14))) {
                spellEnd = spellStart.plusDays(15);
            }
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    add(Part.SIBLINGS, row("childId", group.get(a).get("id"), "siblingId", group.get(b).get("id")));
                }
            }
            placements(group, localityIndex, spellStart, spellEnd);
            return group;
        }

        private int ageInCare() {
            double r = random.nextDouble();
            return r < 0.05 ? 0 : r < 0.19 ? 1 + random.nextInt(4) : r < 0.37 ? 5 + random.nextInt(5)
                    : r < 0.75 ? 10 + random.nextInt(6) : 16 + random.nextInt(2);
        }

        private Map<String, Object> child(int ageToday, LocalityPlace locality) {
            String id = String.format(Locale.ROOT, "CH-%s-%05d", code, ++childSequence);
            // A week old at least, so that even the youngest child in care has had a placement before the day.
            LocalDate born = today.minusYears(ageToday).minusDays(7 + random.nextInt(353));
            List<String> needs = SyntheticDraws.needs(random, ageToday);
            double latitude = round(locality.latitude() + random.nextGaussian() * 0.01);
            double longitude = round(locality.longitude() + random.nextGaussian() * 0.015);
            boolean atSchool = ageToday >= 4 && ageToday <= 16;
            Map<String, Object> row = row("id", id, "dateOfBirth", born, "sex", random.nextBoolean() ? "MALE" : "FEMALE",
                    "needs", needs, "homeLocalityId", locality.id(), "homePostcodeSector", pick(locality.sectors()),
                    "homeLatitude", latitude, "homeLongitude", longitude,
                    "schoolName", atSchool ? pick(DemoCouncilGenerator.SCHOOL_NAMES) + (ageToday < 11 ? " Primary School" : " Academy") : null,
                    "schoolLatitude", atSchool ? round(latitude + random.nextGaussian() * 0.01) : null,
                    "schoolLongitude", atSchool ? round(longitude + random.nextGaussian() * 0.015) : null);
            add(Part.CHILD, row);
            return row;
        }

        /**
         * Splits the time in care into placements: about half are short (emergency and short-term care, up to six
         * weeks), a third last months and the rest years, so five years of England's children give about a million.
         * Only placements still open when the history starts are kept from before it.
         */
        private void placements(List<Map<String, Object>> group, int localityIndex, LocalDate spellStart, LocalDate spellEnd) {
            LocalDate stop = spellEnd == null ? today : spellEnd;
            LocalDate cursor = later(spellStart, historyStart.minusYears(1));
            while (cursor.isBefore(stop)) {
                double draw = random.nextDouble();
                long days = draw < 0.5 ? 7 + random.nextInt(38) : draw < 0.85 ? 45 + random.nextInt(195) : 240 + random.nextInt(960);
                LocalDate end = cursor.plusDays(days);
                boolean last = !end.isBefore(stop.minusDays(14));
                if (last) {
                    end = spellEnd;
                }
                if (end == null || end.isAfter(historyStart)) {
                    place(group, localityIndex, cursor, end, last);
                }
                cursor = end == null ? stop : end;
            }
        }

        private void place(List<Map<String, Object>> group, int localityIndex, LocalDate start, LocalDate end, boolean last) {
            int eldest = age(group.get(0), start);
            int youngest = age(group.get(group.size() - 1), start);
            Kind kind = kind(eldest, last, group.size() > 1);
            Home home = kind == Kind.PARENTS ? familyHome(group, localityIndex) : find(kind, localityIndex, youngest, eldest, start, end, group.size());
            for (Kind fallback : List.of(Kind.IFA, Kind.PRIVATE_HOME, Kind.OTHER_LA)) {
                if (home == null && (fallback.family || group.size() == 1)) {
                    kind = fallback;
                    home = find(kind, localityIndex, youngest, eldest, start, end, group.size());
                }
            }
            if (home == null) {
                // Every bought-in home was full: a spot purchase from another council, as councils make.
                kind = Kind.OTHER_LA;
                Map<String, Object> row = household(kind, "LA", Math.max(2, group.size()), otherCouncilProvider());
                fosteringTerms(row);
                row.put("ageMin", 0);
                row.put("ageMax", 18);
                bought(row, kind);
                home = homes.get(kind).get(homes.get(kind).size() - 1);
            }
            home.take(start, end, group.size());
            String reason = end == null ? null : last ? pick(LEAVING_CARE) : pick(MOVES);
            for (Map<String, Object> child : group) {
                add(Part.PLACEMENT, row("id", String.format(Locale.ROOT, "PL-%s-%06d", code, ++placementSequence),
                        "childId", child.get("id"), "householdId", home.id, "start", start, "end", end,
                        "placeCode", last && end == null ? kind.currentPlaceCode : kind.earlierPlaceCode,
                        "providerCode", kind.providerCode,
                        "weeklyCost", SyntheticDraws.weeklyCost(random, Provision.valueOf(kind.provision), age(child, start),
                                (List<?>) child.get("needs")),
                        "endReason", reason));
            }
        }

        private Kind kind(int age, boolean last, boolean siblings) {
            int band = age < 10 ? 0 : age < 16 ? 1 : 2;
            while (true) {
                double total = MIX_BY_AGE.values().stream().mapToDouble(weights -> weights[band]).sum();
                double draw = random.nextDouble() * total;
                for (Map.Entry<Kind, double[]> entry : MIX_BY_AGE.entrySet()) {
                    draw -= entry.getValue()[band];
                    if (draw < 0) {
                        Kind kind = entry.getKey();
                        if ((siblings && !kind.family) || (kind == Kind.PARENTS && !last)) {
                            break;
                        }
                        return kind;
                    }
                }
            }
        }

        /** A home of the kind with room for the group for the whole placement: local first for council carers. */
        private Home find(Kind kind, int localityIndex, int youngest, int eldest, LocalDate start, LocalDate end, int children) {
            if ((kind == Kind.IN_HOUSE || kind == Kind.KINSHIP) && random.nextDouble() < 0.75) {
                Home local = firstTaking(localHomes.getOrDefault(kind, Map.of()).getOrDefault(localityIndex, List.of()),
                        youngest, eldest, start, end, children);
                if (local != null) {
                    return local;
                }
            }
            return firstTaking(homes.getOrDefault(kind, List.of()), youngest, eldest, start, end, children);
        }

        private Home firstTaking(List<Home> pool, int youngest, int eldest, LocalDate start, LocalDate end, int children) {
            if (pool.isEmpty()) {
                return null;
            }
            int offset = random.nextInt(pool.size());
            for (int i = 0; i < pool.size(); i++) {
                Home home = pool.get((offset + i) % pool.size());
                if (home.takes(youngest, eldest, start, end, children)) {
                    return home;
                }
            }
            return null;
        }

        private Home familyHome(List<Map<String, Object>> group, int localityIndex) {
            Map<String, Object> first = group.get(0);
            String id = String.format(Locale.ROOT, "HH-%s-PA-%05d", code, ++householdSequence);
            LocalityPlace locality = council.localities().get(localityIndex);
            Map<String, Object> row = row("id", id, "name", "Family home " + id, "provision", Kind.PARENTS.provision,
                    "status", "APPROVED", "statusSince", historyStart, "approvedPlaces", group.size(), "ageMin", 0, "ageMax", 18,
                    "approvalTypes", List.of(), "bedrooms", group.size() + 1, "providerId", null, "languages", List.of("English"),
                    "skills", List.of(), "pets", false, "latitude", first.get("homeLatitude"), "longitude", first.get("homeLongitude"),
                    "postcodeSector", first.get("homePostcodeSector"), "localityId", locality.id());
            add(Part.HOUSEHOLD, row);
            return new Home(id, Kind.PARENTS, group.size(), 0, 18, historyStart.minusYears(20), null, localityIndex, row);
        }

        /**
         * Open referrals: step-down requests for about 2% of the children in an agency or private placement today, and
         * children who came into care in the last fortnight and are not placed yet (about 1.5% of those in care).
         */
        private void referrals() {
            List<Map<String, Object>> external = rows.getOrDefault(Part.PLACEMENT, List.of()).stream()
                    .filter(p -> p.get("end") == null && "PR4".equals(p.get("providerCode")))
                    .toList();
            List<Object> externalChildren = new ArrayList<>(external.stream().map(p -> p.get("childId")).distinct().toList());
            Collections.shuffle(externalChildren, random);
            int stepDown = Math.min(externalChildren.size(), (int) Math.round(council.childrenInCare() * 0.02));
            int sequence = 0;
            for (int i = 0; i < stepDown; i++) {
                add(Part.REFERRAL, row("id", String.format(Locale.ROOT, "REF-%s-%04d", code, ++sequence),
                        "received", today.minusDays(random.nextInt(90)), "urgency", "PLANNED", "placementType", "LONG_TERM",
                        "childIds", List.of(externalChildren.get(i))));
            }
            int newEntrants = Math.max(1, (int) Math.round(council.childrenInCare() * 0.015));
            for (int i = 0; i < newEntrants; i++) {
                int localityIndex = random.nextInt(council.localities().size());
                Map<String, Object> child = child(ageInCare(), council.localities().get(localityIndex));
                add(Part.REFERRAL, row("id", String.format(Locale.ROOT, "REF-%s-%04d", code, ++sequence),
                        "received", today.minusDays(random.nextInt(14)), "urgency", random.nextBoolean() ? "EMERGENCY" : "PLANNED",
                        "placementType", "SHORT_TERM", "childIds", List.of(child.get("id"))));
            }
        }

        private int age(Map<String, Object> child, LocalDate day) {
            return (int) ChronoUnit.YEARS.between((LocalDate) child.get("dateOfBirth"), day);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private static final int[] HOME_PLACES = {2, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 8, 8, 8};
    private static final List<String> LEAVING_CARE = List.of("E13", "E13", "E45", "E11", "E4A", "E41");
    private static final List<String> MOVES = List.of("CARPL", "CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "STAND");

    /** The nearest locality of another council (a home outside the council takes its postcode sectors from there). */
    private LocalityPlace nearestLocality(double latitude, double longitude, String exceptCouncil) {
        LocalityPlace nearest = allLocalities.get(0);
        double best = Double.MAX_VALUE;
        for (LocalityPlace locality : allLocalities) {
            if (locality.councilCode().equals(exceptCouncil) && shape.councils() > 1) {
                continue;
            }
            double dLat = locality.latitude() - latitude;
            double dLon = (locality.longitude() - longitude) * 0.62;
            double distance = dLat * dLat + dLon * dLon;
            if (distance < best) {
                best = distance;
                nearest = locality;
            }
        }
        return nearest;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Splits {@code total} in proportion to {@code weights} so that the parts add up to it exactly (largest remainder). */
    static int[] apportion(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; given < total; i = (i + 1) % order.length, given++) {
            parts[order[i]]++;
        }
        return parts;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 10_000) / 10_000.0;
    }

    /** A row with the given keys and values (null values kept, as the loader's Cypher reads them). */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
