package org.fostergraph.provider;

import java.time.LocalDate;

import org.fostergraph.history.ClientKeyed;

/** The GraphQL inputs of providers' published vacancies. */
final class VacancyCommands {

    private VacancyCommands() {
    }

    record Publish(String householdId, Integer places, LocalDate availableFrom, String carerProfile, String clientKey)
            implements ClientKeyed {
    }

    record Withdraw(String vacancyId, String clientKey) implements ClientKeyed {
    }
}
