// Offline reading (decision 0023): registers the service worker (sw.js), saves a whole course on "Simpan untuk dibaca
// offline", says which lessons are saved on this phone, and tells the reader when a page is a saved copy (no signal).
// Saved pages are removed when the person signs out: a shared phone does not keep one official's pages for the next.
(() => {
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    const PAGES = 'sv-pages-v1';
    const FILES = 'sv-files-v1';
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => { });

    const pathOf = href => new URL(href, location.href).pathname;
    const savedPaths = async () => new Set((await (await caches.open(PAGES)).keys()).map(r => new URL(r.url).pathname));

    async function show() {
        const saved = await savedPaths();
        document.querySelectorAll('a[href*="/lessons/"]').forEach(a => a.toggleAttribute('data-offline-saved', saved.has(pathOf(a.href))));
        document.querySelectorAll('[data-offline-here]').forEach(e => { e.hidden = !saved.has(location.pathname); });
        document.querySelectorAll('[data-offline-note]').forEach(e => { e.hidden = navigator.onLine; });
        for (const panel of document.querySelectorAll('[data-offline-course]')) {
            const lessons = panel.dataset.lessons.split(' ');
            const count = lessons.filter(p => saved.has(p)).length;
            const handout = saved.has(panel.dataset.handout);
            const status = panel.querySelector('[data-offline-status]');
            status.textContent = count === 0 && !handout
                ? 'Belum ada materi kursus ini yang tersimpan di ponsel ini.'
                : `Tersimpan untuk dibaca offline: ${count} dari ${lessons.length} materi${handout ? ' dan bahan ajar PDF' : ''}.`;
            panel.hidden = false;
        }
    }

    async function saveCourse(panel) {
        const status = panel.querySelector('[data-offline-status]');
        status.textContent = 'Menyimpan…';
        const urls = [location.pathname, ...panel.dataset.lessons.split(' '), panel.dataset.handout];
        // What a saved page needs to look right with no signal: this page's stylesheets and scripts.
        const files = [...document.querySelectorAll('link[rel=stylesheet][href], script[src]')].map(e => e.href || e.src)
            .filter(u => new URL(u).origin === location.origin);
        try {
            const pages = await caches.open(PAGES);
            for (const url of urls) {
                const response = await fetch(url, { credentials: 'same-origin' });
                if (!response.ok || response.redirected) throw new Error(url);
                await pages.put(url, response);
            }
            const cache = await caches.open(FILES);
            for (const url of files) {
                const response = await fetch(url);
                if (response.ok) await cache.put(pathOf(url), response);
            }
        } catch {
            await show();
            status.textContent = 'Gagal menyimpan semua materi. Periksa sinyal, lalu tekan lagi.';
            return;
        }
        await show();
    }

    document.addEventListener('click', e => {
        const button = e.target instanceof Element && e.target.closest('[data-offline-save]');
        if (button) saveCourse(button.closest('[data-offline-course]'));
    });

    document.addEventListener('submit', e => {
        const form = e.target;
        if (!(form instanceof HTMLFormElement) || !form.action.includes('/Account/Logout')) return;
        e.preventDefault();
        Promise.all([caches.delete(PAGES)]).finally(() => form.submit());
    });

    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    document.addEventListener('DOMContentLoaded', show);
    window.whenBlazor(blazor => blazor.addEventListener('enhancedload', show));
})();
