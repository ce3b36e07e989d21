package org.fostergraph.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fostergraph.household.Household;
import org.fostergraph.household.HouseholdService;
import org.fostergraph.referral.Referral;
import org.fostergraph.security.ProviderScope;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class VacancyController {

    private final VacancyService reads;
    private final VacancyChanges changes;
    private final ProviderReferralService providerReads;
    private final HouseholdService households;

    VacancyController(VacancyService reads, VacancyChanges changes, ProviderReferralService providerReads,
            HouseholdService households) {
        this.reads = reads;
        this.changes = changes;
        this.providerReads = providerReads;
        this.households = households;
    }

    @QueryMapping
    List<Vacancy> providerVacancies(@ContextValue ProviderScope providerScope) {
        return reads.standing(providerScope);
    }

    @MutationMapping
    Vacancy publishVacancy(@Argument VacancyCommands.Publish input) {
        return changes.publish(input);
    }

    @MutationMapping
    Vacancy withdrawVacancy(@ContextValue ProviderScope providerScope, @Argument VacancyCommands.Withdraw input) {
        return changes.withdraw(providerScope, input);
    }

    @SchemaMapping(typeName = "Referral")
    List<VacancyService.VacancyFit> vacanciesThatFit(Referral referral) {
        return reads.thatFit(referral, null);
    }

    @SchemaMapping(typeName = "ProviderVacancy")
    ProviderHome home(Vacancy vacancy) {
        return providerReads.homes(List.of(vacancy.householdId())).stream().findFirst().orElse(null);
    }

    @SchemaMapping(typeName = "ProviderVacancy", field = "status")
    Vacancy.Status providerVacancyStatus(Vacancy vacancy) {
        return vacancy.statusOn(reads.today());
    }

    @SchemaMapping(typeName = "PublishedVacancy", field = "status")
    Vacancy.Status status(Vacancy vacancy) {
        return vacancy.statusOn(reads.today());
    }

    @SchemaMapping(typeName = "PublishedVacancy")
    ProviderSummary provider(Vacancy vacancy) {
        return vacancy.summary();
    }

    @BatchMapping(typeName = "PublishedVacancy")
    Map<Vacancy, Household> household(List<Vacancy> of) {
        Map<String, Household> found = households.findByIds(of.stream().map(Vacancy::householdId).distinct().toList());
        Map<Vacancy, Household> byVacancy = new LinkedHashMap<>();
        of.forEach(vacancy -> byVacancy.put(vacancy, found.get(vacancy.householdId())));
        return byVacancy;
    }
}
