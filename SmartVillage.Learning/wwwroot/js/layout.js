// The layout on a page with no circuit (decision 0023). A reading page is plain HTML: MudBlazor's drawer is left in its
// first, "initial" state, which its CSS hides on a phone and shows on a wide screen. The menu button then toggles a class
// on the layout that app.css reads: on a phone the drawer opens over the page (a tap beside it or Escape folds it), on a
// wide screen it hides. Once a circuit runs, MudBlazor owns the drawer (it drops the "initial" class) and this stays out.
// Runs fn with Blazor once js/boot.js has started it (at once on a live page, after the load on a reading page).
window.whenBlazor = fn => {
    if (window.svBlazorStarted) fn(window.Blazor);
    else document.addEventListener('sv-blazor', () => fn(window.Blazor), { once: true });
};

(() => {
    const toggled = 'sv-nav-toggled';
    const staticDrawer = () => document.querySelector('.mud-drawer.mud-drawer--initial');
    const narrow = () => window.matchMedia('(max-width: 959.98px)').matches;
    const set = (layout, on) => {
        layout.classList.toggle(toggled, on);
        const shown = narrow() === on;
        layout.querySelector('[data-nav-toggle]')?.setAttribute('aria-expanded', String(shown));
    };

    document.addEventListener('click', e => {
        const layout = document.querySelector('.mud-layout');
        if (!layout || !staticDrawer() || !(e.target instanceof Element)) return;
        if (e.target.closest('[data-nav-toggle]')) {
            set(layout, !layout.classList.contains(toggled));
        } else if (narrow() && layout.classList.contains(toggled) && !e.target.closest('.mud-drawer')) {
            set(layout, false);
        }
    });

    document.addEventListener('keydown', e => {
        const layout = document.querySelector('.mud-layout');
        if (e.key === 'Escape' && layout && staticDrawer() && narrow() && layout.classList.contains(toggled)) set(layout, false);
    });

    // A link followed from the open drawer lands on a new page: fold it, as MudBlazor does.
    whenBlazor(blazor => blazor.addEventListener('enhancedload', () => document.querySelector('.mud-layout')?.classList.remove(toggled)));
})();

// Scripts only some pages carry (App.razor, data-page-script): an enhanced navigation from a reading page inserts the next
// page's scripts without running them, so they are run here, once each, in order. They arrive before the circuit that
// uses them: starting one takes several round trips (negotiate, connect, first render).
(() => {
    const ran = new Set();
    document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('script[data-page-script]').forEach(s => ran.add(s.src)));
    const runNew = () => {
        for (const inert of document.querySelectorAll('script[data-page-script]')) {
            if (ran.has(inert.src)) continue;
            ran.add(inert.src);
            const script = document.createElement('script');
            script.src = inert.src;
            if (inert.type) script.type = inert.type;
            script.async = false;
            document.body.appendChild(script);
        }
    };
    whenBlazor(blazor => blazor.addEventListener('enhancedload', runNew));
})();

// A link tapped on a live page before its circuit runs (the layout still says "prerendered"): Blazor would fetch the next
// page by an enhanced navigation, and the circuit starting meanwhile can render the old page back over it, under the new
// address (seen on a phone: the lesson showed, then the home returned). Until the page is live, a tap on a link of this site
// loads the next page whole, so the tap is never lost. Runs in the capture phase on window, before Blazor's own listener.
window.addEventListener('click', e => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if (!document.querySelector('.mud-layout[data-render=prerendered]') || !(e.target instanceof Element)) return;
    const link = e.target.closest('a[href]');
    if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    location.assign(url.href);
}, true);

// The dialogs ask first with invoker commands (a button's commandfor and command), which browsers have had since 2025 (Chrome
// 135). An older phone's browser, one that no longer updates, gets the two commands these pages use.
if (!('commandForElement' in HTMLButtonElement.prototype)) {
    document.addEventListener('click', e => {
        const button = e.target instanceof Element && e.target.closest('button[commandfor]');
        const dialog = button && !button.disabled && document.getElementById(button.getAttribute('commandfor'));
        if (!(dialog instanceof HTMLDialogElement)) return;
        const command = button.getAttribute('command');
        if (command === 'show-modal' && !dialog.open) dialog.showModal();
        else if (command === 'close' && dialog.open) dialog.close();
    });
}
