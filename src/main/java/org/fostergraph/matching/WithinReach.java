package org.fostergraph.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fostergraph.geo.GeoPoint;

/**
 * Which households are within reach of each origin, and how far they are from its home and school: the rule "no
 * further than the distance asked from the child's home" in one place, for one child's match and a council's step-down
 * plan alike. Distances are {@link GeoPoint#metresTo}, the same doubles Neo4j's {@code point.distance} gives.
 */
final class WithinReach {

    /** A household and where it is; {@code location} is null for a household with no location. */
    record Located(String householdId, GeoPoint location) {
    }

    private WithinReach() {
    }

    /**
     * For each origin in turn, the households no further than {@code metres} from its home, in the order given (each
     * origin's key on its reaches). A household with no location is never within reach.
     */
    static List<MatchingRepository.Reach> of(Collection<MatchingRepository.Origin> origins, List<Located> households,
            double metres) {
        List<Located> located = households.stream().filter(household -> household.location() != null).toList();
        GeoPoint.OnSphere[] where = located.stream().map(household -> household.location().onSphere())
                .toArray(GeoPoint.OnSphere[]::new);
        List<MatchingRepository.Reach> within = new ArrayList<>();
        for (MatchingRepository.Origin origin : origins) {
            GeoPoint.OnSphere home = origin.home().onSphere();
            GeoPoint.OnSphere school = origin.school() == null ? null : origin.school().onSphere();
            for (int i = 0; i < where.length; i++) {
                if (where[i].fartherThanByLatitude(home, metres)) {
                    continue;
                }
                // The household first, as MATCH ... point.distance(h.location, home) had it, for the same double.
                double homeMetres = where[i].metresTo(home);
                if (homeMetres <= metres) {
                    // The household's own id object for every origin that reaches it: the plan looks each of its
                    // 70,000 pairs' household up, and a copy of the id a pair hashed afresh and out of the cache.
                    within.add(reach(origin, located.get(i).householdId(), where[i], homeMetres, school));
                }
            }
        }
        return within;
    }

    /** How far each household is from the origin's home and school, however far; as far as can be with no location. */
    static List<MatchingRepository.Reach> distances(MatchingRepository.Origin origin, List<Located> households) {
        GeoPoint.OnSphere home = origin.home().onSphere();
        GeoPoint.OnSphere school = origin.school() == null ? null : origin.school().onSphere();
        return households.stream().map(household -> {
            if (household.location() == null) {
                return new MatchingRepository.Reach(origin.key(), household.householdId(), Double.MAX_VALUE, null);
            }
            GeoPoint.OnSphere where = household.location().onSphere();
            return reach(origin, household.householdId(), where, where.metresTo(home), school);
        }).toList();
    }

    private static MatchingRepository.Reach reach(MatchingRepository.Origin origin, String householdId,
            GeoPoint.OnSphere where, double homeMetres, GeoPoint.OnSphere school) {
        return new MatchingRepository.Reach(origin.key(), householdId, homeMetres,
                school == null ? null : where.metresTo(school));
    }
}
