package org.fostergraph.child;

import org.fostergraph.security.ChildRecord;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.fostergraph.care.Sex;
import org.fostergraph.geo.GeoPoint;

/**
 * A child looked after by the council. Holds no name: the graph needs none to match and report, and a
 * pseudonymous id keeps what leaks through a mistake small.
 */
public record Child(String id, LocalDate dateOfBirth, Sex sex, List<String> needs, String homeLocalityId,
        String homePostcodeSector, GeoPoint homeLocation, String schoolName, GeoPoint schoolLocation, String council)
        implements ChildRecord {

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
