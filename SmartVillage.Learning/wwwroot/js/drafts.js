// Drafts of long texts, kept in the browser (decision 0019): every keystroke in a field marked data-draft-key is stored
// in localStorage (shortly after typing stops, and at once when the page is hidden), so the text survives a dropped
// connection or a closed tab. The page reads, offers and clears the draft through window.svDrafts.
(() => {
    const prefix = 'sv-draft:';
    const pending = new Map();

    const fieldOf = target => target instanceof HTMLElement && target.closest('[data-draft-key]');
    const keyOf = target => {
        const host = fieldOf(target);
        return host ? host.getAttribute('data-draft-key') : null;
    };
    const store = (key, value) => {
        try {
            localStorage.setItem(prefix + key, JSON.stringify({ text: value, at: new Date().toISOString() }));
        } catch { /* storage full or blocked: the server copy is all there is */ }
    };

    document.addEventListener('input', e => {
        const key = keyOf(e.target);
        if (!key || !('value' in e.target)) return;
        clearTimeout(pending.get(key)?.timer);
        const value = e.target.value;
        pending.set(key, { value, timer: setTimeout(() => { store(key, value); pending.delete(key); }, 300) });
    }, true);

    const flush = () => {
        for (const [key, { value, timer }] of pending) { clearTimeout(timer); store(key, value); }
        pending.clear();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

    // FNV-1a over UTF-16 code units, as TextFingerprint computes it on the server: tells a draft from the saved text
    // without sending either across.
    const fingerprint = text => {
        let hash = 0x811c9dc5;
        for (let i = 0; i < text.length; i++) { hash ^= text.charCodeAt(i); hash = Math.imul(hash, 0x01000193) >>> 0; }
        return hash >>> 0;
    };

    window.svDrafts = {
        // Length, fingerprint and time of the stored draft (small, for the offer), or null.
        peek: key => {
            flush();
            const raw = localStorage.getItem(prefix + key);
            if (!raw) return null;
            const draft = JSON.parse(raw);
            return { length: draft.text.length, fingerprint: fingerprint(draft.text), at: draft.at };
        },
        // The draft's text as a stream, however long it is.
        read: key => {
            const raw = localStorage.getItem(prefix + key);
            return raw ? new TextEncoder().encode(JSON.parse(raw).text) : new Uint8Array(0);
        },
        clear: key => { pending.delete(key); localStorage.removeItem(prefix + key); },
    };
})();
