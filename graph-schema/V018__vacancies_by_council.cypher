// The standing vacancies at homes on a council's list, the soonest first (provider.VacancyRepository.standingFor: every
// open referral's officer reads them): by council, then the day the places are free, so the read neither scans every
// provider's vacancies nor sorts those long past.
CREATE INDEX vacancy_council_available IF NOT EXISTS FOR (v:Vacancy) ON (v.council, v.availableFrom);
