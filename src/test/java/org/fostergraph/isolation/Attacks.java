package org.fostergraph.isolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.ssda903.Ssda903Fixtures;
import org.springframework.http.HttpMethod;

/**
 * What council DEMO tries against council OTHER, operation by operation: every query and mutation of the schema and
 * every endpoint and page of the controllers, each named as {@link TwoCouncilAttackTest} enumerates them. Each attempt
 * names OTHER's ids ({@link CouncilB}), alone or beside DEMO's own (so that a change gets past its first check), sends
 * OTHER's client keys, and uses the postcode sector and the URN the two councils share.
 */
final class Attacks {

    /** How an attempt reaches the service: as one of DEMO's roles, or, to build OTHER, as one of OTHER's. */
    interface Caller {

        String graphQl(String document);

        default String rest(HttpMethod method, String uri) {
            throw new UnsupportedOperationException();
        }

        default String postJson(String uri, String json) {
            throw new UnsupportedOperationException();
        }

        default String importReturn(String header, String episodes) {
            throw new UnsupportedOperationException();
        }

        default String uploadSectors(String csv) {
            throw new UnsupportedOperationException();
        }

        default String uploadPostcodes(String csv) {
            throw new UnsupportedOperationException();
        }

        default String page(HttpMethod method, String uri, Map<String, String> form) {
            throw new UnsupportedOperationException();
        }

        /** A JSON POST from a signed-in page (GraphiQL's), with the session and its CSRF token in the header. */
        default String pageJson(String uri, String json) {
            throw new UnsupportedOperationException();
        }
    }

    /** One request, answered as text. */
    interface Attempt {
        String send(Caller as);
    }

    private Attacks() {
    }

    private static final String B_CHILD = CouncilB.CHILD;
    private static final String B_HOME = CouncilB.HOUSEHOLD;

    /** Every operation with its attempts, in the order they are made. */
    static Map<String, List<Attempt>> all() {
        Map<String, List<Attempt>> attacks = new LinkedHashMap<>();
        queries(attacks);
        mutations(attacks);
        rest(attacks);
        pages(attacks);
        return attacks;
    }

    private static void queries(Map<String, List<Attempt>> attacks) {
        query(attacks, "localities", "{ localities { id name neighbours { id } } }");
        query(attacks, "postcodeSector", "{ postcodeSector(sector: \"WS1 1\") { sector centre { latitude longitude } locality { id name } } }");
        query(attacks, "child", "{ child(id: \"" + B_CHILD + "\") { id dateOfBirth placements { id } } }",
                "{ child(id: \"" + CouncilB.IMPORTED_CHILD + "\") { id } }", "{ child(id: \"C001\") { id } }");
        query(attacks, "children", "{ children(first: 50) { totalCount edges { node { id } } } }",
                "{ children(localityId: \"" + CouncilB.LOCALITY + "\", first: 5) { totalCount } }");
        query(attacks, "household", "{ household(id: \"" + B_HOME + "\") { id name children { id } } }",
                "{ household(id: \"HH-A\") { id children { id } placements: children { id } } }");
        query(attacks, "constellations", "{ constellations(first: 20) { totalCount edges { node { id satellites { id } } } } }",
                "{ constellations(localityId: \"" + CouncilB.LOCALITY + "\") { totalCount } }");
        query(attacks, "constellation", "{ constellation(id: \"" + CouncilB.CONSTELLATION + "\") { id name liaisonWorker { id } } }",
                "{ constellation(id: \"C1\") { id growthCandidates { household { id } } } }");
        query(attacks, "localitiesWithoutConstellation", "{ localitiesWithoutConstellation { id } }");
        query(attacks, "changes", "{ changes(subjectId: \"" + B_HOME + "\") { id operation summary } }",
                "{ changes(subjectId: \"" + B_CHILD + "\") { id } }", "{ changes(subjectId: \"" + CouncilB.PLACEMENT + "\") { id } }",
                "{ changes(subjectId: \"" + CouncilB.HOLD + "\") { id } }");
        query(attacks, "matchesForChild", "{ matchesForChild(childId: \"" + B_CHILD + "\") { candidates { household { id } } } }",
                "{ matchesForChild(childId: \"K1\", options: {includeExternal: true, siblingIds: [\"" + CouncilB.SIBLING + "\"]}) "
                        + "{ candidates { household { id } } excluded { household { id } rule } } }",
                "{ matchesForChild(childId: \"K1\", options: {includeExternal: true, maxDistanceMiles: 50}) "
                        + "{ candidates { household { id } score } excluded { household { id } rule } } }",
                "{ matchesForChild(childId: \"K1\", options: {avoidHouseholdIds: [\"" + B_HOME + "\"]}) { candidates { household { id } } } }");
        query(attacks, "matchesForReferral", "{ matchesForReferral(referral: {children: [{age: 8, sex: FEMALE}], homePostcodeSector: "
                + "\"WS1 1\"}, options: {includeExternal: true}) { candidates { household { id } } excluded { household { id } rule } } }",
                "{ matchesForReferral(referral: {children: [{age: 8, sex: FEMALE}], homeLocalityId: \"" + CouncilB.LOCALITY
                        + "\", homePostcodeSector: \"WS1 1\"}) { candidates { household { id } } } }");
        query(attacks, "stepDownOpportunities", "{ stepDownOpportunities(first: 20) { totalCount edges { node { child { id } } } "
                + "excluded { child { id } reason } } }",
                "{ stepDownOpportunities(localityId: \"" + CouncilB.LOCALITY + "\") { totalCount } }");
        query(attacks, "whyNot", "{ whyNot(childId: \"K1\", householdId: \"" + B_HOME + "\") { eligible } }",
                "{ whyNot(childId: \"" + B_CHILD + "\", householdId: \"HH-B\") { eligible } }");
        query(attacks, "hold", "{ hold(id: \"" + CouncilB.HOLD + "\") { id reason child { id } } }");
        query(attacks, "holds", "{ holds(first: 50) { totalCount edges { node { id child { id } household { id } } } } }",
                "{ holds(active: false, first: 50) { totalCount edges { node { id } } } }",
                "{ holds(mine: true, first: 50) { totalCount edges { node { id createdBy } } } }");
        query(attacks, "referral", "{ referral(id: \"" + CouncilB.REFERRAL + "\") { id children { id } } }");
        query(attacks, "referrals", "{ referrals(first: 20, open: false) { totalCount edges { node { id offers { id } "
                + "sentToProviders { status } vacanciesThatFit { vacancy { id } } } } } }");
        query(attacks, "fosteringPlaces", "{ fosteringPlaces { households approved filled vacant notAvailable held offered "
                + "notAvailableByReason { reason places } } }");
        query(attacks, "fosteringReturn", "{ fosteringReturn(year: \"2026/27\") { to places { households approved filled "
                + "notAvailable } mainstream { approvals deregistrations } connectedPerson { approvals } } }");
        query(attacks, "providersForReferral", "{ providersForReferral(referralId: \"" + CouncilB.REFERRAL + "\") { homesThatFit } }");
        // A council's roles may not use a provider's fields at all; OTHER's sending named by id tells nothing either.
        query(attacks, "providerReferrals", "{ providerReferrals(waiting: false) { totalCount edges { node { id } } } }");
        query(attacks, "providerReferral", "{ providerReferral(id: \"" + CouncilB.PROVIDER_REFERRAL + "\") { id children { age } } }");
        query(attacks, "providerHomes", "{ providerHomes { id } }");
        query(attacks, "providerVacancies", "{ providerVacancies { id carerProfile } }");
        query(attacks, "placementMix", "{ placementMix(asOf: \"2026-11-24\", groupBy: [LOCALITY, PROVIDER]) { total internal external "
                + "weeklyCostInternal weeklyCostExternal groups { key total } } }");
        query(attacks, "placementMixTrend", "{ placementMixTrend(from: \"2026-01-31\", to: \"2026-10-31\") { asOf total internal } }");
        query(attacks, "sufficiency", "{ sufficiency(asOf: \"2026-11-24\") { localities { name supply { approvedPlaces filled vacant "
                + "held } demand { ageBand demand placedExternally openReferrals gap } } } }");
        query(attacks, "carerRecruitment", "{ carerRecruitment(from: \"2024-04-01\") { year carerType approvals netGain } }");
        query(attacks, "distanceFromHome", "{ distanceFromHome(asOf: \"2026-11-24\") { measured over20Miles outsideBoundary } }");
        query(attacks, "placementStability", "{ placementStability(asOf: \"2026-11-24\") { inCare threeOrMorePlacements } }");
        query(attacks, "savingsTracker", "{ savingsTracker(from: \"2025-11-01\", to: \"2026-11-24\") { transfersHome annualisedSaving } }");
        query(attacks, "mockingbirdOutcomes", "{ mockingbirdOutcomes(from: \"2025-11-01\", to: \"2026-11-24\") { inConstellations "
                + "{ placementsEnded households } outside { placementsEnded households } } }");
        query(attacks, "sufficiencyForecast", "{ sufficiencyForecast(cutOff: \"2026-10-31\", horizonMonths: 3) { scenarios { name "
                + "months { monthEnd total } } } }");
        query(attacks, "forecastRates", "{ forecastRates(cutOff: \"2026-10-31\") { ageBand from to rate } }");
        query(attacks, "forecastBackTest", "{ forecastBackTest(cutOff: \"2026-04-30\", horizonMonths: 3) { actualTotal } }");
        query(attacks, "ssda903Codes", "{ ssda903Codes(list: PLACE) { code meaning } }");
        query(attacks, "careStateUnknown", "{ careStateUnknown(asOf: \"2026-11-24\") { children byReason { reason children } "
                + "returnYear refusedByReturnOfTheYear } }");
        query(attacks, "childReads", "{ childReads(childId: \"" + B_CHILD + "\") { id childId } }",
                "{ childReads(by: \"run-admin\", first: 1000) { childId operation } }");
    }

    private static void mutations(Map<String, List<Attempt>> attacks) {
        mutation(attacks, "registerChild", "registerChild(input: {dateOfBirth: \"2019-01-01\", sex: MALE, homeLocalityId: \""
                + CouncilB.LOCALITY + "\", clientKey: \"shared-key-1\"}) { id }",
                "registerChild(input: {dateOfBirth: \"2019-01-01\", sex: MALE, homePostcodeSector: \"WS1 1\", clientKey: \"shared-key-2\"}) "
                        + "{ homeLocality { id } }");
        mutation(attacks, "setChildLocations", "setChildLocations(input: {childId: \"" + B_CHILD + "\", homePostcodeSector: \"WS1 1\"}) { id }",
                "setChildLocations(input: {childId: \"K2\", homeLocalityId: \"" + CouncilB.LOCALITY + "\"}) { id }");
        mutation(attacks, "recordChildNeeds", "recordChildNeeds(input: {childId: \"" + B_CHILD + "\", needs: [MEDICAL], clientKey: \"shared-key-3\"}) { id }");
        mutation(attacks, "linkSiblings", "linkSiblings(input: {childId: \"K3\", siblingId: \"" + B_CHILD + "\"}) { id }",
                "linkSiblings(input: {childId: \"" + B_CHILD + "\", siblingId: \"K3\"}) { id }");
        mutation(attacks, "registerHousehold", "registerHousehold(input: {name: \"A new home\", provision: IN_HOUSE_FOSTERING, "
                + "enquiryDate: \"2026-11-01\", localityId: \"" + CouncilB.LOCALITY + "\", clientKey: \"shared-key-1\"}) { id }",
                "registerHousehold(input: {name: \"A new home\", provision: IN_HOUSE_FOSTERING, enquiryDate: \"2026-11-01\", "
                        + "postcodeSector: \"WS1 1\", clientKey: \"shared-key-2\"}) { locality { id } }");
        mutation(attacks, "changeHouseholdStatus", "changeHouseholdStatus(input: {householdId: \"" + B_HOME
                + "\", status: ON_HOLD, date: \"2026-11-24\", clientKey: \"shared-key-3\"}) { id }");
        mutation(attacks, "setTermsOfApproval", "setTermsOfApproval(input: {householdId: \"" + B_HOME + "\", approvedPlaces: 0, "
                + "ageMin: 0, ageMax: 1, approvalTypes: [SHORT_TERM]}) { id }");
        mutation(attacks, "setHouseholdAttributes", "setHouseholdAttributes(input: {householdId: \"" + B_HOME
                + "\", languages: [\"Klingon\"], clientKey: \"shared-key-3\"}) { id languages }");
        mutation(attacks, "createConstellation", "createConstellation(input: {name: \"Taken\", hubId: \"" + CouncilB.HUB
                + "\", launched: \"2026-11-24\"}) { id }",
                "createConstellation(input: {name: \"Ours\", hubId: \"HH-B\", launched: \"2026-11-24\", liaisonWorkerId: \""
                        + CouncilB.SOCIAL_WORKER + "\"}) { id liaisonWorker { id } }");
        mutation(attacks, "addSatellite", "addSatellite(input: {constellationId: \"C1\", householdId: \"" + B_HOME
                + "\", since: \"2026-11-24\"}) { id }",
                "addSatellite(input: {constellationId: \"" + CouncilB.CONSTELLATION + "\", householdId: \"HH-C\", since: \"2026-11-24\"}) { id }");
        mutation(attacks, "removeSatellite", "removeSatellite(input: {constellationId: \"" + CouncilB.CONSTELLATION
                + "\", householdId: \"" + CouncilB.SATELLITE + "\", until: \"2026-11-24\"}) { id }");
        mutation(attacks, "moveSatellite", "moveSatellite(input: {householdId: \"" + CouncilB.SATELLITE + "\", fromConstellationId: \""
                + CouncilB.CONSTELLATION + "\", toConstellationId: \"C1\", on: \"2026-11-24\"}) { id }",
                "moveSatellite(input: {householdId: \"HH-A\", fromConstellationId: \"C1\", toConstellationId: \""
                        + CouncilB.CONSTELLATION + "\", on: \"2026-11-24\"}) { id }");
        mutation(attacks, "recordConstellationEvent", "recordConstellationEvent(input: {constellationId: \"" + CouncilB.CONSTELLATION
                + "\", kind: MEETING, date: \"2026-11-24\", householdsAttending: 5}) { id }");
        mutation(attacks, "recordSleepover", "recordSleepover(input: {constellationId: \"" + CouncilB.CONSTELLATION
                + "\", childId: \"K1\", kind: SLEEPOVER, urgency: PLANNED, start: \"2026-11-24\", nights: 1}) { id }",
                "recordSleepover(input: {constellationId: \"C1\", childId: \"" + B_CHILD + "\", kind: SLEEPOVER, urgency: PLANNED, "
                        + "start: \"2026-11-24\", nights: 1}) { id }");
        mutation(attacks, "startPlacement", "startPlacement(input: {childId: \"K1\", householdId: \"" + B_HOME + "\", start: \"2026-11-24\", "
                + "placeCode: \"U4\", providerCode: \"PR1\", weeklyCost: 400, clientKey: \"shared-key-1\"}) { id child { id } }",
                "startPlacement(input: {childId: \"" + B_CHILD + "\", householdId: \"HH-B\", start: \"2026-11-24\", placeCode: \"U4\", "
                        + "providerCode: \"PR1\", weeklyCost: 400, clientKey: \"shared-key-1\"}) { id }",
                "startPlacement(input: {childId: \"NO-SUCH\", householdId: \"NO-SUCH\", start: \"2026-11-24\", placeCode: \"U4\", "
                        + "providerCode: \"PR1\", weeklyCost: 400, clientKey: \"shared-key-1\"}) { id }",
                "startPlacement(input: {childId: \"K5\", householdId: \"HH-B\", start: \"2026-11-24\", placeCode: \"U4\", "
                        + "providerCode: \"PR1\", weeklyCost: 400, clientKey: \"" + TwoCouncilAttackTestKeys.SQUATTED + "\"}) { id child { id } }");
        mutation(attacks, "endPlacement", "endPlacement(input: {placementId: \"" + CouncilB.PLACEMENT + "\", end: \"2026-11-24\", "
                + "reasonCode: \"ALLEG\", clientKey: \"shared-key-2\"}) { id }");
        mutation(attacks, "movePlacement", "movePlacement(input: {childId: \"" + B_CHILD + "\", householdId: \"HH-B\", date: \"2026-11-24\", "
                + "placeCode: \"U4\", providerCode: \"PR1\", weeklyCost: 400, reasonCode: \"CARPL\"}) { id }",
                "movePlacement(input: {childId: \"K0\", householdId: \"" + B_HOME + "\", date: \"2026-11-24\", placeCode: \"U4\", "
                        + "providerCode: \"PR1\", weeklyCost: 400, reasonCode: \"CARPL\"}) { id }");
        mutation(attacks, "undoPlacement", "undoPlacement(input: {placementId: \"" + CouncilB.PLACEMENT + "\", "
                + "reason: \"Recorded by mistake\", clientKey: \"shared-key-2\"}) { id }");
        mutation(attacks, "amendPlacement", "amendPlacement(input: {placementId: \"" + CouncilB.PLACEMENT + "\", "
                + "reason: \"Wrong home\", householdId: \"HH-B\", placeCode: \"U4\", providerCode: \"PR1\", weeklyCost: 400}) { id }",
                "amendPlacement(input: {placementId: \"PL-K0\", reason: \"Wrong home\", householdId: \"" + B_HOME + "\", "
                        + "placeCode: \"U4\", providerCode: \"PR1\", weeklyCost: 400}) { id }");
        mutation(attacks, "holdVacancy", "holdVacancy(input: {householdId: \"" + B_HOME + "\", childId: \"K1\", hours: 24, "
                + "clientKey: \"shared-key-2\"}) { id reason }",
                "holdVacancy(input: {householdId: \"HH-B\", childId: \"" + B_CHILD + "\", hours: 24, clientKey: \"shared-key-2\"}) { id }",
                "holdVacancy(input: {householdId: \"NO-SUCH\", childId: \"NO-SUCH\", clientKey: \"shared-key-2\"}) { id reason }");
        mutation(attacks, "releaseHold", "releaseHold(input: {holdId: \"" + CouncilB.HOLD + "\", clientKey: \"shared-key-2\"}) { id active }");
        mutation(attacks, "openReferral", "openReferral(input: {childIds: [\"K6\", \"" + B_CHILD + "\"], received: \"2026-11-24\", "
                + "urgency: PLANNED, clientKey: \"shared-key-3\"}) { id }");
        mutation(attacks, "closeReferral", "closeReferral(input: {referralId: \"" + CouncilB.REFERRAL + "\", date: \"2026-11-24\", "
                + "outcome: WITHDRAWN}) { id }");
        mutation(attacks, "sendReferralToProviders", "sendReferralToProviders(input: {referralId: \"" + CouncilB.REFERRAL
                + "\", clientKey: \"shared-key-3\"}) { id }");
        mutation(attacks, "acceptOffer", "acceptOffer(input: {offerId: \"" + CouncilB.OFFER + "\", clientKey: \"shared-key-2\"}) "
                + "{ id children { id } }");
        mutation(attacks, "offerPlacement", "offerPlacement(input: {providerReferralId: \"" + CouncilB.PROVIDER_REFERRAL
                + "\", householdId: \"HH-IFA\", start: \"2026-11-24\", weeklyCore: 900}) { id }");
        mutation(attacks, "markPlacesNotAvailable", "markPlacesNotAvailable(input: {householdId: \"" + B_HOME + "\", places: 1, "
                + "reason: CARER_BREAK, from: \"2026-11-24\", until: \"2026-12-01\", clientKey: \"shared-key-1\"}) { id }");
        mutation(attacks, "markHomePlacesNotAvailable", "markHomePlacesNotAvailable(input: {householdId: \"" + B_HOME
                + "\", places: 1, reason: CARER_BREAK, from: \"2026-11-24\", until: \"2026-12-01\"}) { id }");
        mutation(attacks, "publishVacancy", "publishVacancy(input: {householdId: \"" + CouncilB.AGENCY_HOME + "\", places: 1, "
                + "availableFrom: \"2026-12-01\", carerProfile: \"Carers\"}) { id }");
        mutation(attacks, "withdrawVacancy", "withdrawVacancy(input: {vacancyId: \"" + CouncilB.VACANCY + "\"}) { id }");
        mutation(attacks, "declineReferral", "declineReferral(input: {providerReferralId: \"" + CouncilB.PROVIDER_REFERRAL
                + "\", reason: NO_VACANCY}) { id }");
    }

    private static void rest(Map<String, List<Attempt>> attacks) {
        for (String path : List.of("/api/reports", "/web/reports")) {
            get(attacks, path, "/placement-mix.csv?asOf=2026-11-24&groupBy=LOCALITY&groupBy=PROVIDER");
            get(attacks, path, "/placement-mix-trend.csv?from=2026-01-31&to=2026-10-31");
            get(attacks, path, "/sufficiency.csv?asOf=2026-11-24");
            get(attacks, path, "/carer-recruitment.csv?from=2024-04-01");
            get(attacks, path, "/distance-from-home.csv?asOf=2026-11-24");
            get(attacks, path, "/placement-stability.csv?asOf=2026-11-24");
            get(attacks, path, "/savings-tracker.csv?from=2025-11-01&to=2026-11-24");
            get(attacks, path, "/mockingbird-outcomes.csv?from=2025-11-01&to=2026-11-24");
            get(attacks, path, "/forecast.csv?cutOff=2026-10-31&horizonMonths=3");
            get(attacks, path, "/councillors-report.xlsx?asOf=2026-11-24&from=2025-11-01");
        }
        attacks.put("GET /api/referrals/{referralId}/placements-standard.json", List.of(as -> as.rest(HttpMethod.GET,
                "/api/referrals/" + CouncilB.REFERRAL + "/placements-standard.json")));
        // A referral in the Placements Data Standard naming OTHER's child, unplaced and in no referral.
        attacks.put("POST /api/referrals/placements-standard.json", List.of(as -> as.postJson("/api/referrals/placements-standard.json",
                "{\"children\": [{\"PlacementAvailability\": {\"childId\": \"" + CouncilB.UNPLACED_CHILD + "\", \"neededBy\": "
                        + "\"Today\"}, \"QualityAssurance\": {\"referralDate\": \"2026-11-24\"}}]}")));
        attacks.put("GET /api/ssda903/header.csv", List.of(as -> as.rest(HttpMethod.GET, "/api/ssda903/header.csv"),
                as -> as.rest(HttpMethod.GET, "/api/ssda903/header.csv?year=2026")));
        attacks.put("GET /api/ssda903/episodes.csv", List.of(as -> as.rest(HttpMethod.GET, "/api/ssda903/episodes.csv"),
                as -> as.rest(HttpMethod.GET, "/api/ssda903/episodes.csv?year=2026")));
        // The national postcode directory: no council's role may load or move it.
        attacks.put("POST /api/postcodes", List.of(
                as -> as.uploadPostcodes("pcds,lat,long,oseast1m,osnrth1m,laua\nWS1 1AA,53.1,-1.1,401000,298000,E08000030\n")));
        // DEMO imports the very return OTHER imported: the same CHILD ids and the same URN.
        attacks.put("POST /api/ssda903", List.of(as -> as.importReturn(Ssda903Fixtures.header(), Ssda903Fixtures.episodes())));
        attacks.put("POST /api/postcode-sectors", List.of(
                as -> as.uploadSectors("sector,latitude,longitude,localityId\nWS1 1,53.1,-1.1,L1\n"),
                as -> as.uploadSectors("sector,localityId\nWS1 1," + CouncilB.LOCALITY + "\n"),
                as -> as.uploadSectors("sector,localityId,localityName\nWS1 1," + CouncilB.LOCALITY + ",Taken\n"),
                as -> as.uploadSectors("sector,localityId\nWS1 1,L1\n"),
                as -> as.uploadSectors("sector\nWS1 1\n")));
    }

    private static void pages(Map<String, List<Attempt>> attacks) {
        page(attacks, "GET /", "/");
        page(attacks, "GET /login", "/login");
        page(attacks, "GET /web", "/web");
        page(attacks, "GET /web/constellations", "/web/constellations");
        page(attacks, "GET /web/find-a-home", "/web/find-a-home", "/web/find-a-home?localityId=" + CouncilB.LOCALITY);
        page(attacks, "GET /web/find-a-home/child/{childId}", "/web/find-a-home/child/" + B_CHILD,
                "/web/find-a-home/child/K1?includeExternal=true&maxDistanceMiles=50");
        page(attacks, "GET /web/find-a-home/referral", "/web/find-a-home/referral?homePostcodeSector=WS1%201&age1=8&sex1=FEMALE"
                + "&includeExternal=true");
        page(attacks, "GET /web/step-down", "/web/step-down", "/web/step-down?localityId=" + CouncilB.LOCALITY);
        page(attacks, "GET /web/dashboard", "/web/dashboard");
        page(attacks, "GET /web/holds", "/web/holds", "/web/holds?show=all", "/web/holds?show=ended");
        attacks.put("POST /web/holds/{holdId}/release", List.of(
                as -> as.page(HttpMethod.POST, "/web/holds/" + CouncilB.HOLD + "/release", Map.of("show", "all"))));
        page(attacks, "GET /web/find-a-home/child/{childId}/place", "/web/find-a-home/child/" + B_CHILD
                + "/place?householdId=HH-B&start=2026-11-24&placeCode=U4&providerCode=PR1&weeklyCost=400",
                "/web/find-a-home/child/K1/place?householdId=" + B_HOME + "&start=2026-11-24&placeCode=U4&providerCode=PR1&weeklyCost=400");
        page(attacks, "GET /web/find-a-home/child/{childId}/placed", "/web/find-a-home/child/" + B_CHILD + "/placed");
        page(attacks, "GET /web/not-allowed", "/web/not-allowed");
        page(attacks, "GET /graphiql", "/graphiql");
        page(attacks, "GET /web/referrals", "/web/referrals");
        page(attacks, "GET /web/find-a-home/referral/open", "/web/find-a-home/referral/open?age1=8&sex1=FEMALE&homePostcodeSector=WS1%201");
        attacks.put("POST /web/find-a-home/referral/open", List.of(as -> as.page(HttpMethod.POST, "/web/find-a-home/referral/open",
                Map.of("formKey", "attack-1", "age1", "8", "sex1", "FEMALE", "homePostcodeSector", "WS1 1", "dob1-day", "1",
                        "dob1-month", "1", "dob1-year", "2018"))));
        attacks.put("POST /web/graphql", List.of(as -> as.pageJson("/web/graphql", "{\"query\": \"{ child(id: \\\"" + B_CHILD
                + "\\\") { id } household(id: \\\"" + B_HOME + "\\\") { id } }\"}")));
        page(attacks, "GET /web/constellations/{constellationId}/change/{change}",
                "/web/constellations/" + CouncilB.CONSTELLATION + "/change/sleepover",
                "/web/constellations/C1/change/move-satellite",
                "/web/constellations/" + CouncilB.CONSTELLATION + "/change/terms?householdId=" + CouncilB.HUB);
        page(attacks, "GET /web/constellations/{constellationId}/change/{change}/check",
                "/web/constellations/" + CouncilB.CONSTELLATION + "/change/remove-satellite/check?householdId=" + CouncilB.SATELLITE
                        + "&until-day=24&until-month=11&until-year=2026",
                "/web/constellations/C1/change/move-satellite/check?householdId=HH-A&toConstellationId=" + CouncilB.CONSTELLATION
                        + "&on-day=24&on-month=11&on-year=2026",
                "/web/constellations/" + CouncilB.CONSTELLATION + "/change/move-satellite/check?householdId=" + CouncilB.SATELLITE
                        + "&toConstellationId=C1&on-day=24&on-month=11&on-year=2026");
        attacks.put("POST /web/constellations/{constellationId}/change/{change}", List.of(
                as -> as.page(HttpMethod.POST, "/web/constellations/" + CouncilB.CONSTELLATION + "/change/remove-satellite",
                        Map.of("householdId", CouncilB.SATELLITE, "until-day", "24", "until-month", "11", "until-year", "2026")),
                as -> as.page(HttpMethod.POST, "/web/constellations/C1/change/move-satellite", Map.of("householdId", "HH-A",
                        "toConstellationId", CouncilB.CONSTELLATION, "on-day", "24", "on-month", "11", "on-year", "2026")),
                as -> as.page(HttpMethod.POST, "/web/constellations/" + CouncilB.CONSTELLATION + "/change/move-satellite",
                        Map.of("householdId", CouncilB.SATELLITE, "toConstellationId", "C1", "on-day", "24", "on-month", "11",
                                "on-year", "2026")),
                as -> as.page(HttpMethod.POST, "/web/constellations/" + CouncilB.CONSTELLATION + "/change/status",
                        Map.of("householdId", CouncilB.HUB, "status", "ON_HOLD", "date-day", "24", "date-month", "11", "date-year", "2026"))));
        // Referrals to providers: OTHER's referral, its sending to the agency and the agency's offer, from DEMO's pages.
        page(attacks, "GET /web/referrals/{referralId}", "/web/referrals/" + CouncilB.REFERRAL);
        page(attacks, "GET /web/referrals/{referralId}/live", "/web/referrals/" + CouncilB.REFERRAL + "/live");
        attacks.put("POST /web/referrals/{referralId}/send", List.of(as -> as.page(HttpMethod.POST, "/web/referrals/"
                + CouncilB.REFERRAL + "/send", Map.of("providerIds", "P-IFA", "formKey", "attack-send"))));
        attacks.put("POST /web/referrals/{referralId}/accept", List.of(as -> as.page(HttpMethod.POST, "/web/referrals/"
                + CouncilB.REFERRAL + "/accept", Map.of("offerId", CouncilB.OFFER, "moveReasonCode", "CARPL", "formKey", "attack-accept"))));
        page(attacks, "GET /web/provider", "/web/provider", "/web/provider?show=all");
        page(attacks, "GET /web/provider/live", "/web/provider/live");
        page(attacks, "GET /web/provider/referrals/{id}", "/web/provider/referrals/" + CouncilB.PROVIDER_REFERRAL);
        attacks.put("POST /web/provider/referrals/{id}/offer", List.of(as -> as.page(HttpMethod.POST, "/web/provider/referrals/"
                + CouncilB.PROVIDER_REFERRAL + "/offer", Map.of("householdId", "HH-IFA", "start-day", "24", "start-month", "11",
                "start-year", "2026", "weeklyCore", "900", "formKey", "attack-offer"))));
        attacks.put("POST /web/provider/homes/not-available", List.of(as -> as.page(HttpMethod.POST, "/web/provider/homes/not-available",
                Map.of("homeId", B_HOME, "places", "1", "reason", "CARER_BREAK", "from-day", "24", "from-month", "11",
                        "from-year", "2026", "until-day", "1", "until-month", "12", "until-year", "2026", "formKey", "attack-na"))));
        attacks.put("POST /web/provider/vacancies", List.of(as -> as.page(HttpMethod.POST, "/web/provider/vacancies",
                Map.of("vacancyHome", B_HOME, "vacancyPlaces", "1", "freeFrom-day", "8", "freeFrom-month", "12",
                        "freeFrom-year", "2026", "carerProfile", "Experienced carers", "formKey", "attack-publish"))));
        attacks.put("POST /web/provider/vacancies/{id}/withdraw", List.of(as -> as.page(HttpMethod.POST,
                "/web/provider/vacancies/" + CouncilB.VACANCY + "/withdraw", Map.of("formKey", "attack-withdraw"))));
        attacks.put("POST /web/provider/referrals/{id}/decline", List.of(as -> as.page(HttpMethod.POST, "/web/provider/referrals/"
                + CouncilB.PROVIDER_REFERRAL + "/decline", Map.of("reason", "NO_VACANCY", "formKey", "attack-decline"))));
        page(attacks, "GET /css/govuk-frontend.css", "/css/govuk-frontend.css");
        attacks.put("POST /web/find-a-home/child/{childId}/hold", List.of(
                as -> as.page(HttpMethod.POST, "/web/find-a-home/child/" + B_CHILD + "/hold", Map.of("householdId", "HH-B")),
                as -> as.page(HttpMethod.POST, "/web/find-a-home/child/K1/hold", Map.of("householdId", B_HOME))));
        attacks.put("POST /web/find-a-home/child/{childId}/place", List.of(
                as -> as.page(HttpMethod.POST, "/web/find-a-home/child/" + B_CHILD + "/place", Map.of("householdId", "HH-B",
                        "start", "2026-11-24", "placeCode", "U4", "providerCode", "PR1", "weeklyCost", "400", "reasonCode", "CARPL")),
                as -> as.page(HttpMethod.POST, "/web/find-a-home/child/K7/place", Map.of("householdId", B_HOME,
                        "start", "2026-11-24", "placeCode", "U4", "providerCode", "PR1", "weeklyCost", "400"))));
    }

    private static void query(Map<String, List<Attempt>> attacks, String field, String... documents) {
        attacks.put("Query." + field, java.util.Arrays.stream(documents).<Attempt>map(document -> as -> as.graphQl(document)).toList());
    }

    private static void mutation(Map<String, List<Attempt>> attacks, String field, String... selections) {
        attacks.put("Mutation." + field, java.util.Arrays.stream(selections)
                .<Attempt>map(selection -> as -> as.graphQl("mutation { " + selection + " }")).toList());
    }

    private static void get(Map<String, List<Attempt>> attacks, String path, String report) {
        String name = report.contains("?") ? report.substring(0, report.indexOf('?')) : report;
        attacks.put("GET " + path + name, List.of(as -> as.rest(HttpMethod.GET, path + report)));
    }

    private static void page(Map<String, List<Attempt>> attacks, String operation, String... uris) {
        attacks.put(operation, java.util.Arrays.stream(uris).<Attempt>map(uri -> as -> as.page(HttpMethod.GET, uri, Map.of())).toList());
    }
}
