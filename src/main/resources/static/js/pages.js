// GOV.UK Frontend's components (error summary focus, navigation toggle, conditional reveals, ...). A module script,
// as the Content-Security-Policy allows no inline script; without scripts every page still works.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Printing opens the folded tables (browsers without ::details-content print a closed details as its summary only),
// and folds them again afterwards.
window.addEventListener('beforeprint', () => {
    document.querySelectorAll('details:not([open])').forEach(details => {
        details.open = true;
        details.dataset.openedForPrint = 'true';
    });
});
window.addEventListener('afterprint', () => {
    document.querySelectorAll('details[data-opened-for-print]').forEach(details => {
        details.open = false;
        delete details.dataset.openedForPrint;
    });
});
