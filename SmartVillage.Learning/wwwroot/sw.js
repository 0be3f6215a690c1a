// The offline reader (decision 0023). Only reading pages are ever kept: a lesson, its course page and the course handout
// PDF. Each is fetched from the network first, so a page with signal is always fresh; a copy is kept of every lesson the
// official opens and of what "Simpan untuk dibaca offline" saves, and is served only when the network fails. Quizzes,
// attempts, rosters, dashboards, reports and every other page are never stored and never served from here: without
// signal they fail as they would without this worker. The files pages need (CSS, scripts, icons) are kept the same way.
const PAGES = 'sv-pages-v1';
const FILES = 'sv-files-v1';

const readingPage = /^\/courses\/[^/]+(\/lessons\/[^/]+|\/handout\.pdf)?$/;
const file = /^\/(_framework|_content|js|icons|Components)\/|\.(css|js|png|svg|woff2?|webmanifest)$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    if (url.search) {
        if (request.mode === 'navigate') event.respondWith(fetch(request).catch(notSaved));
        return;
    }
    if (readingPage.test(url.pathname)) event.respondWith(networkFirst(request, PAGES, url));
    else if (file.test(url.pathname)) event.respondWith(networkFirst(request, FILES, url));
    // Any other page goes to the network only; with no signal the person reads why in Indonesian, never an old copy.
    else if (request.mode === 'navigate') event.respondWith(fetch(request).catch(notSaved));
});

async function networkFirst(request, cacheName, url) {
    const cache = await caches.open(cacheName);
    try {
        const response = await fetch(request);
        // Kept: what the official opened, when the server gave it whole (not a redirect to sign-in, not an error).
        if (response.ok && !response.redirected && response.type === 'basic') await cache.put(url.pathname, response.clone());
        return response;
    } catch (offline) {
        const saved = await cache.match(url.pathname);
        if (saved) return saved;
        if (cacheName === PAGES && request.mode === 'navigate') return notSaved();
        throw offline;
    }
}

function notSaved() {
    const html = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tidak ada sinyal</title></head><body style="font-family:system-ui,sans-serif;margin:24px;line-height:1.5">
<h1 style="font-size:1.4rem;color:#1B5E20">Tidak ada sinyal</h1>
<p data-testid="offline-not-saved">Halaman ini belum disimpan di ponsel ini, jadi belum bisa dibuka tanpa sinyal.</p>
<p>Materi yang pernah Anda buka, dan kursus yang Anda simpan dengan <strong>Simpan untuk dibaca offline</strong>, tetap bisa dibaca.</p>
</body></html>`;
    return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
