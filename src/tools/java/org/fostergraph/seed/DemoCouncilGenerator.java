package org.fostergraph.seed;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.fostergraph.care.Provision;

/**
 * Writes the demo council in {@code seed/}: a fictional council on the real geography of Walsall and its
 * neighbours (centres from {@code shared/reference/places.csv}), with fictional people only. The random seed
 * and the reference date are fixed, so running it again writes the same files.
 *
 * <p>Shape: 4 localities; 3 Mockingbird constellations of 7 satellites (one hub with a sleepover bed taken);
 * 170 in-house and 45 connected-person fostering households at every recruitment status; agency (IFA)
 * households, private, voluntary and council children's homes, other councils' carers and supported
 * accommodation near and far; about 500 children with three years of placement history, sibling groups
 * placed together, a placement mix near England's and weekly costs from {@code facts.md}.
 *
 * <p>Run: {@code ./mvnw -q compile exec:java -Dexec.mainClass=org.fostergraph.seed.DemoCouncilGenerator -Dexec.args=seed}
 */
public final class DemoCouncilGenerator {

    /** The day the demo data describes: history runs three years up to it, nothing happens after it. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 10, 31);
    private static final long RANDOM_SEED = 20_261_031L;

    private final Random random = new Random(RANDOM_SEED);
    /**
     * The SSDA903 codes of each child (ethnicity, legal status, category of need) come from a stream of their own, so
     * that adding them left every other draw of the demo as it was.
     */
    private final Random returnCodes = new Random(RANDOM_SEED + 103);
    private final Map<String, String> ethnicityOf = new HashMap<>();

    record Town(String name, double latitude, double longitude, String localityId, List<String> sectors) {
    }

    record LocalityRow(String id, String name, double latitude, double longitude, List<String> neighbours,
            List<Town> towns) {
    }

    record ProviderRow(String id, String name, String kind, String placeProviderCode) {
    }

    static final class HouseholdRow {
        String id;
        String name;
        String provision;
        String status;
        LocalDate statusSince;
        String localityId;
        String postcodeSector;
        double latitude;
        double longitude;
        int approvedPlaces;
        int ageMin;
        int ageMax;
        List<String> approvalTypes = List.of();
        int bedrooms;
        String providerId;
        List<String> languages = List.of("English");
        List<String> skills = List.of();
        boolean pets;
        final List<String[]> statusHistory = new ArrayList<>();
        final List<LocalDate[]> occupied = new ArrayList<>();
        boolean reserved;

        boolean fostering() {
            return provision.endsWith("FOSTERING") || provision.equals("CONNECTED_PERSON") || provision.equals("OTHER_LA");
        }

        /** Whether {@code children} more fit for the whole of [start, end) (end null: still open). */
        boolean hasRoom(LocalDate start, LocalDate end, int children) {
            // The number of children present only rises when a placement starts, so checking the first day
            // and every later start inside the period finds the busiest day.
            List<LocalDate> days = new ArrayList<>(List.of(start));
            occupied.stream().map(p -> p[0])
                    .filter(day -> day.isAfter(start) && (end == null || day.isBefore(end)))
                    .forEach(days::add);
            for (LocalDate day : days) {
                long present = occupied.stream().filter(p -> !p[0].isAfter(day) && (p[1] == null || p[1].isAfter(day))).count();
                if (present + children > approvedPlaces) {
                    return false;
                }
            }
            return true;
        }
    }

    record ChildRow(String id, LocalDate dateOfBirth, String sex, List<String> needs, String homeLocalityId,
            String homePostcodeSector, double homeLatitude, double homeLongitude, String schoolName,
            double schoolLatitude, double schoolLongitude) {
    }

    record PlacementRow(String id, String childId, String householdId, LocalDate start, LocalDate end,
            String placeCode, String providerCode, double weeklyCost, String endReason, String legalStatus, String needCategory) {
    }

    /**
     * A period of care's legal status and category of need, the same for each of its placements (a move changes neither:
     * the DfE's rules 435 and 504) and for siblings taken into care together.
     */
    record CareBasis(String legalStatus, String needCategory) {
    }

    /** Near England's children looked after by legal status and by category of need (DfE, 31 March 2024). */
    private CareBasis careBasis() {
        double l = returnCodes.nextDouble();
        String legalStatus = l < 0.73 ? "C2" : l < 0.81 ? "C1" : l < 0.97 ? "V2" : "E1";
        double n = returnCodes.nextDouble();
        String needCategory = n < 0.66 ? "N1" : n < 0.71 ? "N2" : n < 0.74 ? "N3" : n < 0.82 ? "N4" : n < 0.95 ? "N5"
                : n < 0.96 ? "N6" : n < 0.97 ? "N7" : "N8";
        return new CareBasis(legalStatus, needCategory);
    }

    private final Map<String, Object[]> motherhoodOf = new HashMap<>();

    /**
     * MOTHER and MC_DOB, which the DfE asks of every girl looked after (its rule 393): "0", or for a few girls of 15 and
     * over "1" with her first child's date of birth, after her 14th birthday and before the reference date.
     */
    private Object[] motherhood(ChildRow child) {
        return motherhoodOf.computeIfAbsent(child.id(), id -> {
            if (!child.sex().equals("FEMALE")) {
                return new Object[] {"", ""};
            }
            boolean mother = ChronoUnit.YEARS.between(child.dateOfBirth(), REFERENCE_DATE) >= 15 && returnCodes.nextDouble() < 0.05;
            if (!mother) {
                return new Object[] {"0", ""};
            }
            LocalDate born = maxDate(child.dateOfBirth().plusYears(14).plusDays(1), REFERENCE_DATE.minusDays(30 + returnCodes.nextInt(400)));
            return new Object[] {"1", born};
        });
    }

    /** Near England's children looked after by ethnicity (DfE, 31 March 2024), with the West Midlands' larger Asian share. */
    private String ethnicity() {
        String[] codes = {"WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
            "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"};
        double[] weights = {0.64, 0.005, 0.005, 0.05, 0.01, 0.045, 0.015, 0.02, 0.035, 0.015, 0.035, 0.01, 0.01, 0.015, 0.03,
            0.015, 0.002, 0.03, 0.003, 0.01};
        double r = returnCodes.nextDouble() * java.util.Arrays.stream(weights).sum();
        for (int i = 0; i < codes.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return codes[i];
            }
        }
        return codes[codes.length - 1];
    }

    private final List<LocalityRow> localities = new ArrayList<>();
    private final List<Town> outsideTowns = new ArrayList<>();
    private final List<ProviderRow> providers = new ArrayList<>();
    private final List<HouseholdRow> households = new ArrayList<>();
    private final List<String[]> carers = new ArrayList<>();
    private final List<String[]> socialWorkers = new ArrayList<>();
    private final List<String[]> constellations = new ArrayList<>();
    private final List<String[]> satellites = new ArrayList<>();
    private final List<ChildRow> children = new ArrayList<>();
    private final List<String[]> siblings = new ArrayList<>();
    private final List<PlacementRow> placements = new ArrayList<>();
    private final List<Object[]> referrals = new ArrayList<>();
    private static final int REFERRALS = 16;
    private final List<Object[]> vacancies = new ArrayList<>();

    // The generator's targets (scripts/demo-realism measures them; DemoRealismTest holds them within bands): in-house
    // places 80-90% filled on the day, about a third of the children in care leaving a year, England's age and sex
    // mix, brothers and sisters born at least ten months apart, about a fifth placed over 20 miles from home.
    /** Approved in-house fostering households: few enough for the children placed with them to fill 80-90% of places. */
    static final int IN_HOUSE_APPROVED = 88;
    /** Every child the demo ever held: those in care on the day and those who left in the years before. */
    static final int CHILDREN_EVER = 760;
    /** The share of children drawn as having left care before the day, over the two years before it. */
    static final double LEFT_CARE = 0.42;
    /** The share of boys among children in care (England: about 56%). */
    static final double MALE = 0.56;
    /** Where agency carers live: in the borough, in a neighbouring town, or further (over 20 miles from most homes). */
    static final double AGENCY_IN_BOROUGH = 0.15;
    static final double AGENCY_NEAR = 0.45;
    private int carerSequence;
    private int placementSequence;

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "seed");
        new DemoCouncilGenerator().generate().write(folder);
        System.out.println("Demo council written to " + folder.toAbsolutePath());
    }

    DemoCouncilGenerator generate() {
        places();
        providers();
        inHouseHouseholds();
        externalHouseholds();
        constellations();
        children();
        referrals();
        vacancies();
        return this;
    }

    // ---------------------------------------------------------------- vacancies

    /**
     * The region's providers' published vacancies, written by hand so that the provider flow can be tried at once:
     * the demo provider's (Oakleaf) free from the day and on two weeks' notice, the cooperative council's (Northfield)
     * and another agency's (Brightpath). Each names a home the generator drew for that provider; a change to the draws
     * that moves one fails here instead of seeding a vacancy at another provider's home.
     */
    private void vacancies() {
        vacancy("VAC-DEMO-1", "HH-IFA-033", "PRV-IFA-1", 2, REFERENCE_DATE, "Two experienced carers, fostering for nine "
                + "years, with two spare bedrooms in Bloxwich; used to brothers and sisters placed together and to school "
                + "runs across the borough.", REFERENCE_DATE.minusDays(1), "provider");
        vacancy("VAC-DEMO-2", "HH-IFA-001", "PRV-IFA-1", 2, REFERENCE_DATE.plusDays(14), "A single carer and her adult son, "
                + "both trained in therapeutic parenting; a child of ours moves to long-term carers in two weeks, freeing a "
                + "second room for a pair of siblings aged five or over.", REFERENCE_DATE, "provider");
        vacancy("VAC-DEMO-3", "HH-OLA-001", "PRV-LA-1", 1, REFERENCE_DATE, "A Northfield council carer of twenty years, "
                + "taking children of any age for short-term care while plans are made; shared with neighbouring councils "
                + "through the regional cooperative.", REFERENCE_DATE.minusDays(2), "northfield");
        vacancy("VAC-DEMO-4", "HH-IFA-042", "PRV-IFA-2", 2, REFERENCE_DATE.plusDays(7), "A couple with grown-up children, "
                + "new to Brightpath this year, approved for two children up to eleven; a large garden and a dog-free home.",
                REFERENCE_DATE, "brightpath");
    }

    private void vacancy(String id, String householdId, String providerId, int places, LocalDate availableFrom,
            String carerProfile, LocalDate published, String publishedBy) {
        HouseholdRow home = households.stream().filter(h -> h.id.equals(householdId)).findFirst()
                .orElseThrow(() -> new IllegalStateException(id + ": no household " + householdId));
        if (!providerId.equals(home.providerId) || places > home.approvedPlaces) {
            throw new IllegalStateException(id + ": " + householdId + " is " + home.providerId + "'s with "
                    + home.approvedPlaces + " places, not " + providerId + "'s with " + places);
        }
        vacancies.add(new Object[] {id, householdId, places, availableFrom, carerProfile, published, publishedBy});
    }

    // ---------------------------------------------------------------- referrals

    /**
     * Step-down referrals: children with an agency carer or in a private home on the day whom the placements team
     * has asked to move to an in-house carer. Drawn from their own random stream, so that adding them changed no
     * other seed file.
     */
    private void referrals() {
        Random draws = new Random(RANDOM_SEED + 903);
        List<String> external = placements.stream()
                .filter(p -> !p.start().isAfter(REFERENCE_DATE) && (p.end() == null || p.end().isAfter(REFERENCE_DATE)))
                .filter(p -> p.providerCode().equals("PR4") || p.providerCode().equals("PR5"))
                .map(PlacementRow::childId).distinct().sorted().toList();
        List<String> chosen = new ArrayList<>(external);
        Collections.shuffle(chosen, draws);
        chosen = chosen.subList(0, Math.min(REFERRALS, chosen.size())).stream().sorted().toList();
        for (int i = 0; i < chosen.size(); i++) {
            LocalDate received = REFERENCE_DATE.minusDays(draws.nextInt(90));
            long waited = ChronoUnit.DAYS.between(received, REFERENCE_DATE);
            // Every fourth one was withdrawn: the child settled where they are.
            LocalDate closed = i % 4 == 3 && waited > 0 ? received.plusDays(1 + draws.nextInt((int) waited)) : null;
            referrals.add(new Object[] {String.format(Locale.ROOT, "REF-%03d", i + 1), received, "PLANNED", "LONG_TERM",
                closed, closed == null ? null : "WITHDRAWN", chosen.get(i)});
        }
    }

    // ---------------------------------------------------------------- geography

    /**
     * The demo area's postcode-sector table: each sector the towns use, centred on the homes and children placed in it
     * (the town's centre when none is), in the locality of its town.
     */
    private List<Object[]> postcodeSectors() {
        Map<String, double[]> sums = new TreeMap<>();
        households.forEach(h -> add(sums, h.postcodeSector, h.latitude, h.longitude));
        children.forEach(c -> add(sums, c.homePostcodeSector(), c.homeLatitude(), c.homeLongitude()));
        List<Object[]> rows = new ArrayList<>();
        List<Town> towns = new ArrayList<>(boroughTowns());
        towns.addAll(outsideTowns);
        for (Town town : towns) {
            for (String sector : town.sectors()) {
                double[] sum = sums.get(sector);
                double latitude = sum == null ? town.latitude() : sum[0] / sum[2];
                double longitude = sum == null ? town.longitude() : sum[1] / sum[2];
                rows.add(new Object[] {sector, round(latitude, 4), round(longitude, 4), town.localityId()});
            }
        }
        rows.sort(Comparator.comparing(row -> (String) row[0]));
        return rows;
    }

    private static void add(Map<String, double[]> sums, String sector, double latitude, double longitude) {
        if (sector == null || sector.isEmpty()) {
            return;
        }
        double[] sum = sums.computeIfAbsent(sector, s -> new double[3]);
        sum[0] += latitude;
        sum[1] += longitude;
        sum[2]++;
    }

    private void places() {
        Town walsall = new Town("Walsall", 52.586, -1.982, "LOC-CEN", List.of("WS1 1", "WS1 2", "WS1 3", "WS1 4", "WS2 7", "WS2 8", "WS2 9", "WS5 4"));
        Town bloxwich = new Town("Bloxwich", 52.617, -2.004, "LOC-NOR", List.of("WS3 1", "WS3 2", "WS3 3", "WS3 4"));
        Town brownhills = new Town("Brownhills", 52.646, -1.933, "LOC-NOR", List.of("WS8 6", "WS8 7", "WS3 5"));
        Town willenhall = new Town("Willenhall", 52.585, -2.059, "LOC-WES", List.of("WV12 4", "WV12 5", "WV13 1", "WV13 2"));
        Town darlaston = new Town("Darlaston", 52.569, -2.032, "LOC-WES", List.of("WS10 8", "WS10 9"));
        Town aldridge = new Town("Aldridge", 52.604, -1.918, "LOC-EAS", List.of("WS9 0", "WS9 8", "WS9 9", "WS5 3"));
        localities.add(new LocalityRow("LOC-CEN", "Walsall Central", 52.586, -1.982, List.of("LOC-NOR", "LOC-WES", "LOC-EAS"), List.of(walsall)));
        localities.add(new LocalityRow("LOC-NOR", "Bloxwich and Brownhills", 52.631, -1.969, List.of("LOC-CEN", "LOC-WES", "LOC-EAS"), List.of(bloxwich, brownhills)));
        localities.add(new LocalityRow("LOC-WES", "Willenhall and Darlaston", 52.577, -2.046, List.of("LOC-CEN", "LOC-NOR"), List.of(willenhall, darlaston)));
        localities.add(new LocalityRow("LOC-EAS", "Aldridge", 52.604, -1.918, List.of("LOC-CEN", "LOC-NOR"), List.of(aldridge)));
        outsideTowns.add(new Town("Wolverhampton", 52.586, -2.129, null, List.of("WV1 1", "WV2 4", "WV3 0")));
        outsideTowns.add(new Town("Bilston", 52.566, -2.074, null, List.of("WV14 0", "WV14 6")));
        outsideTowns.add(new Town("Wednesfield", 52.600, -2.083, null, List.of("WV11 1", "WV11 3")));
        outsideTowns.add(new Town("Dudley", 52.512, -2.081, null, List.of("DY1 1", "DY1 4", "DY2 8")));
        outsideTowns.add(new Town("West Bromwich", 52.519, -1.995, null, List.of("B70 6", "B70 9", "B71 4")));
        outsideTowns.add(new Town("Birmingham", 52.486, -1.890, null, List.of("B5 4", "B12 0", "B21 9")));
        outsideTowns.add(new Town("Cannock", 52.691, -2.029, null, List.of("WS11 1", "WS11 5")));
        outsideTowns.add(new Town("Lichfield", 52.682, -1.826, null, List.of("WS13 6", "WS14 9")));
        outsideTowns.add(new Town("Telford", 52.676, -2.449, null, List.of("TF3 4", "TF7 5")));
        outsideTowns.add(new Town("Stoke-on-Trent", 53.003, -2.179, null, List.of("ST1 3", "ST4 2")));
        outsideTowns.add(new Town("Coventry", 52.406, -1.512, null, List.of("CV1 2", "CV2 4")));
        outsideTowns.add(new Town("Worcester", 52.192, -2.220, null, List.of("WR1 2", "WR5 1")));
        outsideTowns.add(new Town("Shrewsbury", 52.708, -2.754, null, List.of("SY1 2", "SY3 7")));
        outsideTowns.add(new Town("Nottingham", 52.954, -1.158, null, List.of("NG1 5", "NG7 2")));
    }

    private List<Town> boroughTowns() {
        return localities.stream().flatMap(l -> l.towns().stream()).toList();
    }

    private Town nearTown() {
        return outsideTowns.get(random.nextInt(8));
    }

    private Town farTown() {
        return outsideTowns.get(8 + random.nextInt(outsideTowns.size() - 8));
    }

    private void locate(HouseholdRow household, Town town) {
        household.localityId = town.localityId();
        household.postcodeSector = pick(town.sectors());
        household.latitude = round(town.latitude() + random.nextGaussian() * 0.008, 4);
        household.longitude = round(town.longitude() + random.nextGaussian() * 0.012, 4);
    }

    // ---------------------------------------------------------------- providers and households

    private void providers() {
        providers.add(new ProviderRow("PRV-IFA-1", "Oakleaf Family Fostering", "INDEPENDENT_FOSTERING_AGENCY", "PR4"));
        providers.add(new ProviderRow("PRV-IFA-2", "Brightpath Fostering", "INDEPENDENT_FOSTERING_AGENCY", "PR4"));
        providers.add(new ProviderRow("PRV-IFA-3", "Kestrel Foster Care", "INDEPENDENT_FOSTERING_AGENCY", "PR4"));
        providers.add(new ProviderRow("PRV-VOL-1", "Harbour Children's Charity", "VOLUNTARY_ORGANISATION", "PR5"));
        providers.add(new ProviderRow("PRV-RES-1", "Sterling Care Homes Ltd", "PRIVATE_CHILDRENS_HOMES", "PR4"));
        providers.add(new ProviderRow("PRV-RES-2", "Meadowview Children's Services", "PRIVATE_CHILDRENS_HOMES", "PR4"));
        providers.add(new ProviderRow("PRV-RES-3", "Cedar House Group", "PRIVATE_CHILDRENS_HOMES", "PR4"));
        providers.add(new ProviderRow("PRV-LA-1", "Northfield Borough Council Fostering Service", "OTHER_LOCAL_AUTHORITY", "PR2"));
        providers.add(new ProviderRow("PRV-SUP-1", "Stepping Stones Supported Living", "SUPPORTED_ACCOMMODATION", "PR4"));
    }

    private void inHouseHouseholds() {
        List<Town> towns = boroughTowns();
        // Status mix of the council's own recruitment pipeline: mostly approved, some at every other stage.
        String[] inHouseStatuses = repeat("APPROVED", IN_HOUSE_APPROVED, "ON_HOLD", 5, "ASSESSMENT", 6, "ENQUIRY", 5, "DEREGISTERED", 4);
        for (int i = 1; i <= inHouseStatuses.length; i++) {
            HouseholdRow h = newFamily(String.format("HH-IN-%03d", i), "IN_HOUSE_FOSTERING");
            locate(h, i <= 3 ? hubTown(i) : pick(towns));
            h.status = inHouseStatuses[i - 1];
            if (i <= 3) {
                h.approvedPlaces = 4;
                h.ageMin = 0;
                h.ageMax = 18;
                h.approvalTypes = List.of("SHORT_TERM", "LONG_TERM", "EMERGENCY", "RESPITE");
                h.bedrooms = 5;
                h.skills = List.of("MOCKINGBIRD_HUB", "THERAPEUTIC");
                h.reserved = true;
                // Hubs are experienced carers, approved long before their constellation launched.
                h.statusHistory.add(new String[] {"ENQUIRY", LocalDate.of(2011 + i, 2, 1).toString()});
                h.statusHistory.add(new String[] {"ASSESSMENT", LocalDate.of(2011 + i, 4, 1).toString()});
                h.statusHistory.add(new String[] {"APPROVED", LocalDate.of(2011 + i, 10, 1).toString()});
                h.statusSince = LocalDate.of(2011 + i, 10, 1);
            }
            else {
                termsOfApproval(h);
                recruitmentHistory(h);
            }
        }
        String[] connectedStatuses = repeat("APPROVED", 40, "ASSESSMENT", 2, "DEREGISTERED", 3);
        for (int i = 1; i <= connectedStatuses.length; i++) {
            HouseholdRow h = newFamily(String.format("HH-CP-%03d", i), "CONNECTED_PERSON");
            locate(h, random.nextDouble() < 0.85 ? pick(towns) : nearTown());
            h.status = connectedStatuses[i - 1];
            double places = random.nextDouble();
            h.approvedPlaces = places < 0.5 ? 1 : places < 0.9 ? 2 : 3;
            h.ageMin = 0;
            h.ageMax = 18;
            h.approvalTypes = List.of("CONNECTED_PERSON");
            h.bedrooms = h.approvedPlaces + 1;
            recruitmentHistory(h);
        }
        String[] homes = {"Beech Avenue", "Holly Lodge"};
        for (int i = 1; i <= homes.length; i++) {
            HouseholdRow h = new HouseholdRow();
            h.id = String.format("HH-CH-%03d", i);
            h.name = homes[i - 1] + " children's home";
            h.provision = "IN_HOUSE_RESIDENTIAL";
            locate(h, towns.get(i == 1 ? 0 : 3));
            h.status = "APPROVED";
            h.statusSince = LocalDate.of(2015 + i, 4, 1);
            h.approvedPlaces = 4;
            h.ageMin = 10;
            h.ageMax = 17;
            h.approvalTypes = List.of("RESIDENTIAL");
            h.bedrooms = 4;
            h.statusHistory.add(new String[] {"APPROVED", h.statusSince.toString()});
            households.add(h);
        }
    }

    private Town hubTown(int hub) {
        return boroughTowns().get(switch (hub) {
            case 1 -> 0;
            case 2 -> 1;
            default -> 3;
        });
    }

    private void termsOfApproval(HouseholdRow h) {
        double r = random.nextDouble();
        // A few carers are approved for four (as a sibling group of four needs), which the usual limit of three foster
        // children at once still binds.
        h.approvedPlaces = r < 0.3 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4;
        SyntheticDraws.FosteringTerms terms = SyntheticDraws.fosteringTerms(random, h.approvedPlaces);
        h.ageMin = terms.ageMin();
        h.ageMax = terms.ageMax();
        h.approvalTypes = terms.approvalTypes();
        // Some carers have fewer bedrooms than places: siblings who may share fill them, older children apart cannot.
        h.bedrooms = h.approvedPlaces > 1 && random.nextDouble() < 0.15 ? h.approvedPlaces - 1 : terms.bedrooms();
        h.pets = terms.pets();
        h.skills = terms.skills();
        h.languages = terms.languages();
    }

    /** Enquiry, assessment and approval dates, then hold or deregistration, ending in the row's status. */
    private void recruitmentHistory(HouseholdRow h) {
        boolean recent = !h.status.equals("APPROVED") || random.nextDouble() < 0.22;
        LocalDate enquiry = recent
                ? REFERENCE_DATE.minusDays(40 + random.nextInt(3 * 365 - 40))
                : LocalDate.of(2008 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (h.status.equals("ENQUIRY")) {
            enquiry = REFERENCE_DATE.minusDays(10 + random.nextInt(80));
        }
        h.statusHistory.add(new String[] {"ENQUIRY", enquiry.toString()});
        h.statusSince = enquiry;
        if (h.status.equals("ENQUIRY")) {
            return;
        }
        LocalDate assessment = enquiry.plusDays(30 + random.nextInt(60));
        if (h.status.equals("ASSESSMENT") && !assessment.isBefore(REFERENCE_DATE)) {
            assessment = REFERENCE_DATE.minusDays(5);
        }
        h.statusHistory.add(new String[] {"ASSESSMENT", assessment.toString()});
        h.statusSince = assessment;
        if (h.status.equals("ASSESSMENT")) {
            return;
        }
        LocalDate approval = assessment.plusDays(120 + random.nextInt(120));
        if (approval.isAfter(REFERENCE_DATE.minusDays(20))) {
            approval = REFERENCE_DATE.minusDays(20);
        }
        h.statusHistory.add(new String[] {"APPROVED", approval.toString()});
        h.statusSince = approval;
        if (h.status.equals("ON_HOLD")) {
            LocalDate hold = REFERENCE_DATE.minusDays(15 + random.nextInt(150));
            h.statusHistory.add(new String[] {"ON_HOLD", hold.toString()});
            h.statusSince = hold;
        }
        else if (h.status.equals("DEREGISTERED")) {
            LocalDate end = REFERENCE_DATE.minusDays(30 + random.nextInt(2 * 365));
            if (!end.isAfter(approval)) {
                // Approved lately: deregistered since, but never after the day the seed describes.
                end = minDate(approval.plusDays(30), REFERENCE_DATE.minusDays(1));
            }
            h.statusHistory.add(new String[] {"DEREGISTERED", end.toString()});
            h.statusSince = end;
        }
    }

    private void externalHouseholds() {
        List<Town> towns = boroughTowns();
        for (int i = 1; i <= 100; i++) {
            String provider = i <= 35 ? "PRV-IFA-1" : i <= 65 ? "PRV-IFA-2" : i <= 90 ? "PRV-IFA-3" : "PRV-VOL-1";
            HouseholdRow h = newFamily(String.format("HH-IFA-%03d", i), "IFA_FOSTERING");
            h.providerId = provider;
            double where = random.nextDouble();
            locate(h, where < AGENCY_IN_BOROUGH ? pick(towns) : where < AGENCY_NEAR ? nearTown() : farTown());
            h.status = "APPROVED";
            termsOfApproval(h);
            h.statusSince = LocalDate.of(2014 + random.nextInt(10), 1 + random.nextInt(12), 1);
        }
        String[] homeNames = {"Ashgrove", "Birchfield", "Cherry Tree", "Elm Court", "Fernleigh", "Greenacres", "Hawthorn",
            "Ivy House", "Juniper Lodge", "Kingsley House", "Larchwood", "Maple View", "Northcote", "Oakridge", "Pinewood",
            "Queensway Lodge", "Redwood", "Sycamore House", "Thornbury", "Upton Lodge", "Willowbank", "Yew Tree", "Rowan House"};
        for (int i = 1; i <= homeNames.length; i++) {
            HouseholdRow h = new HouseholdRow();
            h.id = String.format("HH-RES-%03d", i);
            h.provision = i == homeNames.length ? "VOLUNTARY_RESIDENTIAL" : "PRIVATE_RESIDENTIAL";
            h.providerId = i == homeNames.length ? "PRV-VOL-1" : "PRV-RES-" + (1 + (i - 1) % 3);
            h.name = homeNames[i - 1] + " (" + providerName(h.providerId) + ")";
            locate(h, i <= 4 ? pick(towns) : i <= 11 ? nearTown() : farTown());
            h.status = "APPROVED";
            h.statusSince = LocalDate.of(2012 + random.nextInt(12), 1 + random.nextInt(12), 1);
            h.approvedPlaces = 2 + random.nextInt(3);
            h.ageMin = 8;
            h.ageMax = 17;
            h.approvalTypes = List.of("RESIDENTIAL");
            h.bedrooms = h.approvedPlaces;
            households.add(h);
        }
        for (int i = 1; i <= 6; i++) {
            HouseholdRow h = newFamily(String.format("HH-OLA-%03d", i), "OTHER_LA");
            h.providerId = "PRV-LA-1";
            locate(h, nearTown());
            h.status = "APPROVED";
            termsOfApproval(h);
            h.statusSince = LocalDate.of(2016 + random.nextInt(8), 1 + random.nextInt(12), 1);
        }
        for (int i = 1; i <= 10; i++) {
            HouseholdRow h = new HouseholdRow();
            h.id = String.format("HH-SUP-%03d", i);
            h.provision = "SUPPORTED_ACCOMMODATION";
            h.providerId = "PRV-SUP-1";
            h.name = "Stepping Stones flat " + i;
            locate(h, i <= 4 ? pick(towns) : nearTown());
            h.status = "APPROVED";
            h.statusSince = LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 1);
            h.approvedPlaces = 4 + random.nextInt(4);
            h.ageMin = 16;
            h.ageMax = 17;
            h.approvalTypes = List.of("SUPPORTED_ACCOMMODATION");
            h.bedrooms = h.approvedPlaces;
            households.add(h);
        }
    }

    private String providerName(String providerId) {
        return providers.stream().filter(p -> p.id().equals(providerId)).findFirst().orElseThrow().name();
    }

    private HouseholdRow newFamily(String id, String provision) {
        HouseholdRow h = new HouseholdRow();
        h.id = id;
        h.provision = provision;
        String surname = pick(SURNAMES);
        h.name = "The " + surname + " household";
        int carerCount = random.nextDouble() < 0.6 ? 2 : 1;
        for (int c = 0; c < carerCount; c++) {
            carers.add(new String[] {String.format("CAR-%04d", ++carerSequence), id, pick(FIRST_NAMES) + " " + surname});
        }
        households.add(h);
        return h;
    }

    // ---------------------------------------------------------------- constellations

    private void constellations() {
        socialWorkers.add(new String[] {"SW-1", "Alex Marsh"});
        socialWorkers.add(new String[] {"SW-2", "Priya Dhaliwal"});
        socialWorkers.add(new String[] {"SW-3", "Tom Ridley"});
        socialWorkers.add(new String[] {"SW-4", "Grace Okafor"});
        String[][] definitions = {
            {"CON-1", "Walsall Central constellation", "2023-05-01", "HH-IN-001", "SW-1"},
            {"CON-2", "Bloxwich constellation", "2024-02-01", "HH-IN-002", "SW-2"},
            {"CON-3", "Willenhall constellation", "2025-01-15", "HH-IN-003", "SW-3"},
        };
        List<String> taken = new ArrayList<>();
        for (String[] definition : definitions) {
            constellations.add(definition);
            HouseholdRow hub = household(definition[3]);
            LocalDate launched = LocalDate.parse(definition[2]);
            // Satellites: the nearest approved council carers to the hub; the Willenhall one includes a kinship home.
            List<HouseholdRow> nearest = households.stream()
                    .filter(h -> !h.reserved && h.status.equals("APPROVED") && !taken.contains(h.id))
                    .filter(h -> h.provision.equals("IN_HOUSE_FOSTERING")
                            || (definition[0].equals("CON-3") && h.provision.equals("CONNECTED_PERSON")))
                    .sorted(Comparator.comparingDouble(h -> distanceSquared(h, hub)))
                    .limit(7)
                    .toList();
            for (HouseholdRow satellite : nearest) {
                taken.add(satellite.id);
                satellites.add(new String[] {definition[0], satellite.id, launched.plusDays(random.nextInt(90)).toString(), ""});
            }
        }
        // A household that left the Walsall Central constellation when it deregistered: membership history is kept.
        HouseholdRow former = households.stream()
                .filter(h -> h.provision.equals("IN_HOUSE_FOSTERING") && h.status.equals("DEREGISTERED"))
                .findFirst().orElseThrow();
        satellites.add(new String[] {"CON-1", former.id, "2023-06-01", former.statusSince.toString()});
    }

    private HouseholdRow household(String id) {
        return households.stream().filter(h -> h.id.equals(id)).findFirst().orElseThrow();
    }

    private static double distanceSquared(HouseholdRow a, HouseholdRow b) {
        double dLat = a.latitude - b.latitude;
        double dLon = (a.longitude - b.longitude) * Math.cos(Math.toRadians(a.latitude));
        return dLat * dLat + dLon * dLon;
    }

    // ---------------------------------------------------------------- children and placements

    private enum Category {
        IN_HOUSE("IN_HOUSE_FOSTERING", "PR1", 0, 18),
        KINSHIP("CONNECTED_PERSON", "PR1", 0, 18),
        IFA("IFA_FOSTERING", null, 0, 18),
        OTHER_LA("OTHER_LA", "PR2", 0, 18),
        COUNCIL_HOME("IN_HOUSE_RESIDENTIAL", "PR1", 10, 18),
        PRIVATE_HOME("PRIVATE_RESIDENTIAL", "PR4", 10, 18),
        SUPPORTED("SUPPORTED_ACCOMMODATION", "PR4", 16, 18);

        final String provision;
        final String providerCode;
        final int minAge;
        final int maxAge;

        Category(String provision, String providerCode, int minAge, int maxAge) {
            this.provision = provision;
            this.providerCode = providerCode;
            this.minAge = minAge;
            this.maxAge = maxAge;
        }
    }

    private void children() {
        // The three hubs first: two long-term children each at the Walsall Central and Willenhall hubs
        // (both sleepover beds free), three at the Bloxwich hub (one sleepover bed taken).
        int sequence = 0;
        int[] hubChildren = {2, 3, 2};
        for (int hub = 0; hub < 3; hub++) {
            HouseholdRow home = household(String.format("HH-IN-%03d", hub + 1));
            for (int c = 0; c < hubChildren[hub]; c++) {
                ChildRow child = newChild(String.format("CH-%04d", ++sequence), 6 + random.nextInt(9), localityOf(home),
                        home.postcodeSector);
                ethnicityOf.put(child.id(), ethnicity());
                LocalDate start = REFERENCE_DATE.minusDays(200 + random.nextInt(700));
                addPlacement(child, home, Category.IN_HOUSE, start, null, "U4", null, careBasis());
            }
        }
        // Categories for children in care on the reference date, near England's mix (facts.md); a category a
        // child is too young for is drawn again.
        Map<Category, Double> mix = new LinkedHashMap<>();
        mix.put(Category.IN_HOUSE, 0.25);
        mix.put(Category.KINSHIP, 0.18);
        mix.put(Category.IFA, 0.19);
        mix.put(Category.OTHER_LA, 0.03);
        mix.put(Category.COUNCIL_HOME, 0.025);
        mix.put(Category.PRIVATE_HOME, 0.15);
        // Only 16- and 17-year-olds may be drawn for supported accommodation, so its weight is high.
        mix.put(Category.SUPPORTED, 0.45);
        int groups = 0;
        while (children.size() < CHILDREN_EVER) {
            boolean leftCare = random.nextDouble() < LEFT_CARE;
            int groupSize = random.nextDouble() < 0.11 ? 2 + (random.nextDouble() < 0.3 ? 1 : 0) : 1;
            String localityId = pick(localities).id();
            int eldest = ageAtReference();
            Category category = pickCategory(mix, eldest);
            if (groupSize > 1 && !(category == Category.IN_HOUSE || category == Category.IFA || category == Category.KINSHIP)) {
                groupSize = 1;
            }
            List<ChildRow> group = new ArrayList<>();
            group.add(newChild(String.format("CH-%04d", ++sequence), eldest, localityId, null));
            for (int s = 1; s < groupSize; s++) {
                // Brothers and sisters are born at least ten months apart, most one to three years.
                LocalDate born = group.get(s - 1).dateOfBirth().plusDays(300 + random.nextInt(800));
                if (born.isAfter(REFERENCE_DATE.minusDays(30))) {
                    break;
                }
                group.add(newChild(String.format("CH-%04d", ++sequence), born, localityId, null));
            }
            String groupEthnicity = ethnicity();
            group.forEach(child -> ethnicityOf.put(child.id(), groupEthnicity));
            if (group.size() > 1) {
                groups++;
                for (int a = 0; a < group.size(); a++) {
                    for (int b = a + 1; b < group.size(); b++) {
                        siblings.add(new String[] {group.get(a).id(), group.get(b).id()});
                    }
                }
            }
            if (!history(group, category, leftCare)) {
                // No home had room for this group at any point: leave it out rather than keep children never placed.
                children.removeAll(group);
                siblings.removeIf(pair -> group.stream().anyMatch(child -> child.id().equals(pair[0])));
                sequence -= group.size();
            }
        }
        endCareWhereNoMoveFollows();
        needsBehindTheCostliestPlacements();
        if (groups < 20) {
            throw new IllegalStateException("Too few sibling groups generated: " + groups);
        }
    }

    /**
     * A placement costing £5,000 a week or more is bought for a child whose needs a cheaper home could not meet: such a
     * child has their emotional and behavioural needs recorded (and therapeutic needs from £8,000), as a council would.
     */
    private void needsBehindTheCostliestPlacements() {
        Map<String, Double> dearest = new java.util.HashMap<>();
        placements.forEach(p -> dearest.merge(p.childId(), p.weeklyCost(), Math::max));
        children.replaceAll(child -> {
            double cost = dearest.getOrDefault(child.id(), 0.0);
            if (cost < 5000) {
                return child;
            }
            java.util.LinkedHashSet<String> needs = new java.util.LinkedHashSet<>(child.needs());
            needs.add("EMOTIONAL_BEHAVIOURAL");
            if (cost >= 8000) {
                needs.add("THERAPEUTIC");
            }
            return new ChildRow(child.id(), child.dateOfBirth(), child.sex(), List.copyOf(needs), child.homeLocalityId(),
                    child.homePostcodeSector(), child.homeLatitude(), child.homeLongitude(), child.schoolName(),
                    child.schoolLatitude(), child.schoolLongitude());
        });
    }

    /**
     * A placement that ended for a move (a REASON_PLACE_CHANGE code) must be followed by a placement that starts the same
     * day. Where no home had room for the next placement, the child went home instead (REC E4A) and, if a later home was
     * found, came back into care: a new period of care, as the DfE's rule 149 wants it.
     */
    private void endCareWhereNoMoveFollows() {
        Set<String> starts = new java.util.HashSet<>();
        placements.forEach(p -> starts.add(p.childId() + "|" + p.start()));
        placements.replaceAll(p -> p.end() == null || p.endReason() == null || p.endReason().startsWith("E")
                || starts.contains(p.childId() + "|" + p.end()) ? p
                : new PlacementRow(p.id(), p.childId(), p.householdId(), p.start(), p.end(), p.placeCode(), p.providerCode(),
                        p.weeklyCost(), "E4A", p.legalStatus(), p.needCategory()));
    }

    private int ageAtReference() {
        double r = random.nextDouble();
        if (r < 0.05) {
            return 0;
        }
        if (r < 0.19) {
            return 1 + random.nextInt(4);
        }
        if (r < 0.37) {
            return 5 + random.nextInt(5);
        }
        if (r < 0.75) {
            return 10 + random.nextInt(6);
        }
        return 16 + random.nextInt(2);
    }

    private Category pickCategory(Map<Category, Double> mix, int age) {
        double total = mix.values().stream().mapToDouble(Double::doubleValue).sum();
        while (true) {
            double r = random.nextDouble() * total;
            double cumulative = 0;
            for (var entry : mix.entrySet()) {
                cumulative += entry.getValue();
                if (r < cumulative) {
                    Category category = entry.getKey();
                    if (age >= category.minAge && age <= category.maxAge) {
                        return category;
                    }
                    break;
                }
            }
        }
    }

    /** A child living in the locality, in another sector than {@code placedIn} (the home they are placed in, if known). */
    private ChildRow newChild(String id, int ageAtReference, String localityId, String placedIn) {
        return newChild(id, REFERENCE_DATE.minusYears(ageAtReference).minusDays(random.nextInt(360)), localityId, placedIn);
    }

    private ChildRow newChild(String id, LocalDate dateOfBirth, String localityId, String placedIn) {
        int ageAtReference = (int) ChronoUnit.YEARS.between(dateOfBirth, REFERENCE_DATE);
        Town town = pick(localities.stream().filter(l -> l.id().equals(localityId)).findFirst().orElseThrow().towns());
        List<String> sectors = town.sectors().stream().filter(sector -> !sector.equals(placedIn)).toList();
        List<String> needs = SyntheticDraws.needs(random, ageAtReference);
        double homeLatitude = round(town.latitude() + random.nextGaussian() * 0.008, 4);
        double homeLongitude = round(town.longitude() + random.nextGaussian() * 0.012, 4);
        String school = ageAtReference < 4 || ageAtReference > 16 ? "" : pick(SCHOOL_NAMES) + (ageAtReference < 11 ? " Primary School" : " Academy");
        ChildRow child = new ChildRow(id, dateOfBirth, random.nextDouble() < MALE ? "MALE" : "FEMALE", List.copyOf(needs), localityId,
                pick(sectors.isEmpty() ? town.sectors() : sectors), homeLatitude, homeLongitude, school,
                school.isEmpty() ? 0 : round(homeLatitude + random.nextGaussian() * 0.01, 4),
                school.isEmpty() ? 0 : round(homeLongitude + random.nextGaussian() * 0.015, 4));
        children.add(child);
        return child;
    }

    /** Builds the group's placements backwards from the current (or last) one, with earlier moves before it. */
    private boolean history(List<ChildRow> group, Category current, boolean leftCare) {
        ChildRow eldest = group.get(0);
        // Siblings come into care together, after the youngest is born (the DfE's rule 302).
        LocalDate youngestBorn = group.stream().map(ChildRow::dateOfBirth).max(LocalDate::compareTo).orElseThrow();
        LocalDate entered = maxDate(youngestBorn.plusDays(3), REFERENCE_DATE.minusDays(60 + random.nextInt(5 * 365)));
        CareBasis basis = careBasis();
        LocalDate end = leftCare ? REFERENCE_DATE.minusDays(20 + random.nextInt(2 * 365)) : null;
        if (end != null && !end.isAfter(entered.plusDays(60))) {
            end = entered.plusDays(60 + random.nextInt(200));
            if (end.isAfter(REFERENCE_DATE)) {
                end = null;
            }
        }
        int earlier = random.nextDouble() < 0.55 ? 0 : random.nextDouble() < 0.65 ? 1 : random.nextDouble() < 0.7 ? 2 : 3;
        LocalDate lastEnd = end;
        LocalDate stop = lastEnd == null ? REFERENCE_DATE : lastEnd;
        long span = ChronoUnit.DAYS.between(entered, stop);
        List<LocalDate> starts = new ArrayList<>();
        starts.add(entered);
        for (int i = 0; i < earlier && span > 120L * (i + 2); i++) {
            starts.add(entered.plusDays(span * (i + 1) / (earlier + 1) + random.nextInt(30)));
        }
        // The current placement type must suit the child's age when it starts (supported accommodation at 16+).
        LocalDate oldEnough = eldest.dateOfBirth().plusYears(current.minAge);
        int lastIndex = starts.size() - 1;
        if (starts.get(lastIndex).isBefore(oldEnough)) {
            LocalDate moved = oldEnough.plusDays(random.nextInt(90));
            if (moved.isBefore(stop.minusDays(14)) && (lastIndex == 0 || moved.isAfter(starts.get(lastIndex - 1).plusDays(30)))) {
                starts.set(lastIndex, moved);
            }
            else if (moved.isBefore(stop.minusDays(14))) {
                starts.add(moved);
            }
        }
        boolean placed = false;
        HouseholdRow previousHome = null;
        for (int i = 0; i < starts.size(); i++) {
            boolean last = i == starts.size() - 1;
            LocalDate start = starts.get(i);
            LocalDate placementEnd = last ? lastEnd : starts.get(i + 1);
            Category category = last ? current : pick(List.of(Category.IN_HOUSE, Category.IFA, Category.IFA, Category.KINSHIP, Category.PRIVATE_HOME));
            int age = (int) ChronoUnit.YEARS.between(eldest.dateOfBirth(), start);
            if (age < category.minAge) {
                category = Category.IFA;
            }
            String leaving = previousHome == null ? null : previousHome.postcodeSector;
            HouseholdRow home = findHome(group, category, start, placementEnd, leaving);
            for (Category fallback : List.of(Category.IFA, Category.PRIVATE_HOME, Category.OTHER_LA)) {
                if (home == null && age >= fallback.minAge) {
                    category = fallback;
                    home = findHome(group, category, start, placementEnd, leaving);
                }
            }
            if (home == null) {
                continue;
            }
            placed = true;
            previousHome = home;
            String reason = placementEnd == null ? null
                    // No adoption (E11/E12): the DfE's rule 390 wants a placement for adoption first, which the demo has none of.
                    : last ? pick(List.of("E13", "E13", "E45", "E48", "E4A", "E41"))
                    : pick(List.of("CARPL", "CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "STAND"));
            for (ChildRow child : group) {
                String placeCode = placeCode(category, last);
                // A special guardianship order to former foster carers follows a foster placement (the DfE's rule 516).
                String childReason = "E45".equals(reason) && !placeCode.startsWith("U") ? "E48" : reason;
                addPlacement(child, home, category, start, placementEnd, placeCode, childReason, basis);
            }
        }
        return placed;
    }

    /**
     * A home with room for the group, not in a child's home sector (the DfE's rule 392d) nor, for a move, in the sector
     * of the home they leave ({@code leaving}): the return shows a move by PL_POST, and the demo's postcodes are sectors
     * (the DfE's rule 435).
     */
    private HouseholdRow findHome(List<ChildRow> group, Category category, LocalDate start, LocalDate end, String leaving) {
        ChildRow eldest = group.get(0);
        ChildRow youngest = group.get(group.size() - 1);
        int eldestAge = (int) ChronoUnit.YEARS.between(eldest.dateOfBirth(), start);
        int youngestAge = (int) ChronoUnit.YEARS.between(youngest.dateOfBirth(), start);
        // A child is not placed in their own home's postcode area, as the DfE's rule 392d has it (here by sector).
        Set<String> homeSectors = group.stream().map(ChildRow::homePostcodeSector).collect(java.util.stream.Collectors.toSet());
        Predicate<HouseholdRow> fits = h -> h.provision.equals(category.provision) && !h.reserved
                && !homeSectors.contains(h.postcodeSector) && !h.postcodeSector.equals(leaving)
                && youngestAge >= h.ageMin && eldestAge <= h.ageMax
                && wasApprovedOn(h, start) && stillApprovedOn(h, end)
                && h.hasRoom(start, end, group.size());
        List<HouseholdRow> candidates = households.stream().filter(fits).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        if (category == Category.IN_HOUSE || category == Category.KINSHIP) {
            // Council carers are mostly local: prefer the child's own locality.
            List<HouseholdRow> local = candidates.stream().filter(h -> eldest.homeLocalityId().equals(h.localityId)).toList();
            if (!local.isEmpty() && random.nextDouble() < 0.75) {
                return pick(local);
            }
        }
        return pick(candidates);
    }

    private static boolean wasApprovedOn(HouseholdRow h, LocalDate day) {
        if (h.statusHistory.isEmpty()) {
            // External homes: approved by their provider before the history the demo covers.
            return true;
        }
        String approved = h.statusHistory.stream().filter(s -> s[0].equals("APPROVED")).map(s -> s[1]).findFirst().orElse(null);
        return approved != null && !LocalDate.parse(approved).isAfter(day) && stillApprovedOn(h, day);
    }

    /** No hold or deregistration has started by {@code day} (null: open-ended, so checks today). */
    private static boolean stillApprovedOn(HouseholdRow h, LocalDate day) {
        LocalDate check = day == null ? REFERENCE_DATE : day;
        return h.statusHistory.stream()
                .filter(s -> s[0].equals("ON_HOLD") || s[0].equals("DEREGISTERED"))
                .noneMatch(s -> !LocalDate.parse(s[1]).isAfter(check));
    }

    private String placeCode(Category category, boolean current) {
        return switch (category) {
            case IN_HOUSE, IFA, OTHER_LA -> current && random.nextDouble() < 0.55 ? "U4" : "U6";
            case KINSHIP -> current && random.nextDouble() < 0.6 ? "U1" : "U3";
            case COUNCIL_HOME, PRIVATE_HOME -> "K2";
            case SUPPORTED -> "K3";
        };
    }

    private void addPlacement(ChildRow child, HouseholdRow home, Category category, LocalDate start, LocalDate end,
            String placeCode, String endReason, CareBasis basis) {
        String providerCode = category.providerCode != null ? category.providerCode
                : providers.stream().filter(p -> p.id().equals(home.providerId)).findFirst().orElseThrow().placeProviderCode();
        int age = (int) ChronoUnit.YEARS.between(child.dateOfBirth(), start);
        home.occupied.add(new LocalDate[] {start, end});
        placements.add(new PlacementRow(String.format("PL-%05d", ++placementSequence), child.id(), home.id, start, end,
                placeCode, providerCode, SyntheticDraws.weeklyCost(random, Provision.valueOf(category.provision), age, child.needs()), endReason,
                basis.legalStatus(), basis.needCategory()));
    }

    private String localityOf(HouseholdRow household) {
        return household.localityId;
    }

    // ---------------------------------------------------------------- writing

    DemoCouncilGenerator write(Path folder) throws IOException {
        Files.createDirectories(folder);
        // The demo lies on Walsall's geography, so its local authority district (ONSPD laua) is Walsall's.
        // The day the seed describes: the loader moves every date by the days from it to the day it loads the seed.
        csv(folder, "council.csv", new String[] {"code", "name", "onsCode", "today"},
                List.<Object[]>of(new Object[] {"DEMO", "Demo Borough Council (fictional, Walsall area)", "E08000030",
                    REFERENCE_DATE}));
        csv(folder, "localities.csv", new String[] {"id", "name", "latitude", "longitude", "neighbours"},
                localities.stream().map(l -> new Object[] {l.id(), l.name(), l.latitude(), l.longitude(), String.join("|", l.neighbours())}).toList());
        csv(folder, "providers.csv", new String[] {"id", "name", "kind", "placeProviderCode"},
                providers.stream().map(p -> new Object[] {p.id(), p.name(), p.kind(), p.placeProviderCode()}).toList());
        csv(folder, "households.csv", new String[] {"id", "name", "provision", "status", "statusSince", "localityId",
            "postcodeSector", "latitude", "longitude", "approvedPlaces", "ageMin", "ageMax", "approvalTypes", "bedrooms",
            "providerId", "languages", "skills", "pets"},
                households.stream().map(h -> new Object[] {h.id, h.name, h.provision, h.status, h.statusSince, h.localityId,
                    h.postcodeSector, h.latitude, h.longitude, h.approvedPlaces, h.ageMin, h.ageMax, String.join("|", h.approvalTypes),
                    h.bedrooms, h.providerId, String.join("|", h.languages), String.join("|", h.skills), h.pets}).toList());
        List<Object[]> statusRows = new ArrayList<>();
        for (HouseholdRow h : households) {
            for (int i = 0; i < h.statusHistory.size(); i++) {
                statusRows.add(new Object[] {h.id + "-S" + (i + 1), h.id, h.statusHistory.get(i)[0], h.statusHistory.get(i)[1]});
            }
        }
        csv(folder, "household_status_history.csv", new String[] {"id", "householdId", "status", "date"}, statusRows);
        csv(folder, "carers.csv", new String[] {"id", "householdId", "name"}, carers.stream().map(c -> (Object[]) c).toList());
        csv(folder, "social_workers.csv", new String[] {"id", "name"}, socialWorkers.stream().map(w -> (Object[]) w).toList());
        csv(folder, "constellations.csv", new String[] {"id", "name", "launched", "hubId", "liaisonWorkerId"},
                constellations.stream().map(c -> (Object[]) c).toList());
        csv(folder, "satellites.csv", new String[] {"constellationId", "householdId", "since", "until"},
                satellites.stream().map(s -> (Object[]) s).toList());
        csv(folder, "children.csv", new String[] {"id", "dateOfBirth", "sex", "ethnicity", "mother", "firstChildBorn", "needs",
            "homeLocalityId", "homePostcodeSector", "homeLatitude", "homeLongitude", "schoolName", "schoolLatitude", "schoolLongitude"},
                children.stream().map(c -> new Object[] {c.id(), c.dateOfBirth(), c.sex(), ethnicityOf.get(c.id()),
                    motherhood(c)[0], motherhood(c)[1], String.join("|", c.needs()),
                    c.homeLocalityId(), c.homePostcodeSector(), c.homeLatitude(), c.homeLongitude(), c.schoolName(),
                    c.schoolName().isEmpty() ? "" : c.schoolLatitude(), c.schoolName().isEmpty() ? "" : c.schoolLongitude()}).toList());
        csv(folder, "siblings.csv", new String[] {"childId", "siblingId"}, siblings.stream().map(s -> (Object[]) s).toList());
        csv(folder, "placements.csv", new String[] {"id", "childId", "householdId", "start", "end", "placeCode", "providerCode",
            "weeklyCost", "endReason", "legalStatus", "needCategory"},
                placements.stream().map(p -> new Object[] {p.id(), p.childId(), p.householdId(), p.start(), p.end(), p.placeCode(),
                    p.providerCode(), String.format(Locale.ROOT, "%.2f", p.weeklyCost()), p.endReason(), p.legalStatus(),
                    p.needCategory()}).toList());
        csv(folder, "postcode_sectors.csv", new String[] {"sector", "latitude", "longitude", "localityId"}, postcodeSectors());
        csv(folder, "referrals.csv", new String[] {"id", "received", "urgency", "placementType", "closed", "outcome", "childIds"},
                referrals);
        csv(folder, "vacancies.csv", new String[] {"id", "householdId", "places", "availableFrom", "carerProfile", "published",
            "publishedBy"}, vacancies);
        return this;
    }

    private static void csv(Path folder, String file, String[] header, List<Object[]> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get();
        try (Writer writer = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Object[] row : rows) {
                Object[] cells = new Object[row.length];
                for (int i = 0; i < row.length; i++) {
                    cells[i] = row[i] == null ? "" : row[i];
                }
                printer.printRecord(cells);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static LocalDate minDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate maxDate(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String[] repeat(Object... valueAndCount) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < valueAndCount.length; i += 2) {
            for (int n = 0; n < (Integer) valueAndCount[i + 1]; n++) {
                values.add((String) valueAndCount[i]);
            }
        }
        return values.toArray(String[]::new);
    }

    static final List<String> SURNAMES = List.of("Ashworth", "Bramley", "Calloway", "Darrow", "Ellery", "Fenwick",
            "Garside", "Hollins", "Ingram", "Jessop", "Kettering", "Lomax", "Marlow", "Nettleton", "Oakes", "Pembury",
            "Quarrie", "Rushton", "Sefton", "Thistlewood", "Underhill", "Varley", "Wainwright", "Yardley", "Ahmed",
            "Begum", "Chowdhury", "Dhillon", "Kaur", "Sandhu", "Nowak", "Kowalczyk", "Okonkwo", "Mensah", "Campbell",
            "Francis", "Edwards", "Whitmore", "Hartley", "Linford");

    static final List<String> FIRST_NAMES = List.of("Alison", "Bernard", "Carys", "Dev", "Eleanor", "Farid",
            "Gillian", "Harjit", "Imogen", "Jonah", "Kirsty", "Leon", "Marcia", "Neville", "Orla", "Pavel", "Rukhsana",
            "Simon", "Tanisha", "Vernon", "Wendy", "Yusuf", "Zofia", "Andrew", "Bola");

    static final List<String> SCHOOL_NAMES = List.of("Oak Lane", "Kingfisher", "St Brendan's", "Millfield",
            "Canal Side", "Heathland", "Northgate", "Brookvale", "Ridgeway", "Lea Bank");
}
