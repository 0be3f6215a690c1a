// Starts Blazor for a rural 3G link (decision 0023), from a file: the Content-Security-Policy allows no inline script.
// - A link that stalls (packets stop, the socket stays open) must be noticed: the server pings every 4 s when it has
//   nothing else to say (AddHubOptions in LearningWebExtensions), and the browser gives up on a connection that said
//   nothing for 8 s. Blazor then shows its reconnect notice ("Jawaban yang sudah tersimpan aman") within 8 s of the stall,
//   instead of after SignalR's default 30 s, and keeps trying to rejoin the same circuit.
// - A live page has blazor.web.js in its markup and starts at once. A reading page needs Blazor only for enhanced
//   navigation and forms, which fall back to plain loads and posts without it: the script is fetched after the page has
//   loaded, so it neither shares the link with the stylesheet nor keeps the main thread from a tap.
// Scripts that want Blazor's events wait for the document event "sv-blazor" (see whenBlazor in layout.js).
(() => {
    const start = () => {
        Blazor.start({
            circuit: {
                configureSignalR: builder => builder.withServerTimeout(8000).withKeepAliveInterval(4000),
            },
        });
        // An enhanced form post keeps the scroll position, which is right for a page that posts to itself; one that lands on
        // another page (the course page's *Mulai sekarang* opens the quiz) shows that page from its top.
        let path = location.pathname;
        Blazor.addEventListener('enhancedload', () => {
            if (location.pathname !== path && !location.hash) window.scrollTo(0, 0);
            path = location.pathname;
        });
        window.svBlazorStarted = true;
        document.dispatchEvent(new Event('sv-blazor'));
    };
    if (window.Blazor) {
        start();
        return;
    }
    const source = document.currentScript.dataset.blazor;
    const load = () => {
        const script = document.createElement('script');
        script.src = source;
        script.setAttribute('autostart', 'false');
        script.onload = start;
        document.body.appendChild(script);
    };
    const later = () => ('requestIdleCallback' in window ? requestIdleCallback(load, { timeout: 1000 }) : setTimeout(load, 200));
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
})();
