// GOV.UK Frontend's components (error summary focus, navigation toggle, conditional reveals, ...). A module script,
// as the Content-Security-Policy allows no inline script; without scripts every page still works.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
