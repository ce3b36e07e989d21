// Live updates for the referral pages (progressive enhancement: without scripts, reloading shows the same).
// The page's <main data-live="referral|provider"> names the stream. Each event carries the counts as they stand; when
// they differ from the last seen (not on the first event of a connection, nor when a dropped stream reconnects to the
// same counts), the page is fetched again and its [data-live-part] elements replaced in place, the change announced
// politely. A part the user is working in (focus inside it) is left alone and a link offers the new version instead.
const main = document.querySelector('main[data-live]');
if (main && window.EventSource) {
    const stream = main.dataset.live === 'referral'
        ? '/web/referrals/' + encodeURIComponent(main.dataset.referral) + '/live'
        : '/web/provider/live';
    const status = document.createElement('p');
    status.className = 'govuk-body';
    status.setAttribute('role', 'status');
    status.id = 'live-status';
    main.prepend(status);
    let last = null;
    const source = new EventSource(stream);
    source.addEventListener('changed', async event => {
        if (last === null || event.data === last) {
            last = event.data;
            return;
        }
        last = event.data;
        // The header keeps a form's one-time message ("Sent referral …") for the page the browser itself opens next: this
        // fetch can race the form's redirect (LiveRefreshes.java).
        const response = await fetch(window.location.href, {
            credentials: 'same-origin',
            headers: { 'Accept': 'text/html', 'X-Fostergraph-Live-Refresh': '1' }
        });
        if (!response.ok) {
            return;
        }
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        let replaced = 0;
        let kept = 0;
        document.querySelectorAll('[data-live-part]').forEach(part => {
            const next = fresh.getElementById(part.id);
            if (!next) {
                return;
            }
            if (part.contains(document.activeElement)) {
                kept++;
                return;
            }
            part.replaceWith(document.importNode(next, true));
            replaced++;
        });
        const time = new Date().toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit' });
        if (kept > 0) {
            status.innerHTML = '';
            status.append('There are new answers (' + time + '). ');
            const reload = document.createElement('a');
            reload.className = 'govuk-link';
            reload.href = window.location.href;
            reload.textContent = 'Show them';
            status.append(reload);
        }
        else if (replaced > 0) {
            status.textContent = 'Updated at ' + time + '.';
        }
        document.body.dataset.liveUpdates = String(Number(document.body.dataset.liveUpdates || 0) + 1);
    });
    source.addEventListener('refused', () => source.close());
}
