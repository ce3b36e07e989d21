// Live updates for the referral pages (progressive enhancement: without scripts, reloading shows the same).
// The page's <main data-live="referral|provider"> names the stream; each event after the first says something changed,
// and the page is fetched again and its [data-live-part] elements replaced in place, the change announced politely.
const main = document.querySelector('main[data-live]');
if (main && window.EventSource) {
    const stream = main.dataset.live === 'referral'
        ? '/web/referrals/' + encodeURIComponent(main.dataset.referral) + '/live'
        : '/web/provider/live';
    const status = document.createElement('p');
    status.className = 'govuk-visually-hidden';
    status.setAttribute('role', 'status');
    status.id = 'live-status';
    main.prepend(status);
    let first = true;
    const source = new EventSource(stream);
    source.addEventListener('changed', async () => {
        if (first) {
            first = false;
            return;
        }
        const response = await fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } });
        if (!response.ok) {
            return;
        }
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        let replaced = 0;
        document.querySelectorAll('[data-live-part]').forEach(part => {
            const next = fresh.getElementById(part.id);
            if (next) {
                part.replaceWith(document.importNode(next, true));
                replaced++;
            }
        });
        if (replaced > 0) {
            status.textContent = 'Updated: ' + new Date().toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit' });
            document.body.dataset.liveUpdates = String(Number(document.body.dataset.liveUpdates || 0) + 1);
        }
    });
    source.addEventListener('refused', () => source.close());
}
