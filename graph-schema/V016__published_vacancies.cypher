// Vacancies a provider publishes ahead, with the day they are free and the carers' profile (provider.Vacancy): found by
// id when withdrawn, and read by each open referral's officer through the home they are AT.
CREATE CONSTRAINT vacancy_id IF NOT EXISTS FOR (v:Vacancy) REQUIRE v.id IS UNIQUE;
CREATE INDEX vacancy_provider IF NOT EXISTS FOR (v:Vacancy) ON (v.provider);
