// The quiz countdown keeps showing the server's deadline when the circuit is silent (decision 0023): the page renders the
// deadline and the server's clock at that render beside the remaining time. While the server's renders keep coming (every
// second) it drives the number; once none came for 1.5 s (a stalled link, a reconnect, a page not yet live) this script
// counts down from the deadline on the server's clock, writing into the same text node Blazor writes, so the two agree.
(() => {
    const seen = new WeakMap();
    const format = ms => {
        const total = Math.max(0, Math.floor(ms / 1000));
        const h = Math.floor(total / 3600), m = Math.floor(total % 3600 / 60), s = total % 60;
        const two = n => String(n).padStart(2, '0');
        return h >= 1 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
    };
    setInterval(() => {
        for (const el of document.querySelectorAll('[data-deadline][data-server-now]')) {
            const serverNow = Number(el.dataset.serverNow);
            const last = seen.get(el);
            if (!last || last.serverNow !== serverNow) {
                seen.set(el, { serverNow, at: Date.now(), skew: serverNow - Date.now() });
                continue;
            }
            if (Date.now() - last.at < 1500) continue;
            const text = format(Number(el.dataset.deadline) - (Date.now() + last.skew));
            const node = el.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && node.nodeValue !== text) node.nodeValue = text;
        }
    }, 500);
})();
