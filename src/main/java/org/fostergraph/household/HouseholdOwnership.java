package org.fostergraph.household;

import org.fostergraph.security.OwnedRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Whose each household is, for the {@code @owned(by: HOUSEHOLD)} arguments naming one. */
@Configuration(proxyBeanMethods = false)
class HouseholdOwnership {

    /**
     * Households: a history subject. Read whole, as the request's household loader reads them (HouseholdLoaders), so
     * that household(id:) answers the household its check read.
     */
    @Bean
    OwnedRecords ownedHouseholds(HouseholdService households) {
        return OwnedRecords.readWhole("HOUSEHOLD", "household", true, Household.class, households::findByIds);
    }
}
