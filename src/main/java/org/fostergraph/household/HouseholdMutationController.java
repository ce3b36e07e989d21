package org.fostergraph.household;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class HouseholdMutationController {

    private final HouseholdChanges changes;
    private final HouseholdService households;

    HouseholdMutationController(HouseholdChanges changes, HouseholdService households) {
        this.households = households;
        this.changes = changes;
    }

    @MutationMapping
    Household registerHousehold(@Argument HouseholdCommands.RegisterHousehold input) {
        return changes.register(input);
    }

    @MutationMapping
    Household changeHouseholdStatus(@Argument HouseholdCommands.ChangeHouseholdStatus input) {
        return changes.changeStatus(input);
    }

    @MutationMapping
    Household markPlacesNotAvailable(@Argument HouseholdCommands.MarkPlacesNotAvailable input) {
        return households.findById(changes.markPlacesNotAvailable(input, "householdId", true)).orElseThrow();
    }

    @MutationMapping
    Household setTermsOfApproval(@Argument HouseholdCommands.SetTermsOfApproval input) {
        return changes.setTerms(input);
    }

    @MutationMapping
    Household setHouseholdAttributes(@Argument HouseholdCommands.SetHouseholdAttributes input) {
        return changes.setAttributes(input);
    }
}
