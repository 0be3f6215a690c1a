// A tap on a reading page's save button answers at once (decision 0023): from the tap until the server's page arrives the
// button reads "Menyimpan…" and a second tap is not sent. The page the server answers with says what it holds (e.g.
// "Tersimpan"). Forms opt in with data-save; Blazor's enhanced forms post them and put the answer in place.
(() => {
    document.addEventListener('submit', e => {
        const form = e.target;
        if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-save')) return;
        if (form.hasAttribute('data-saving')) { e.preventDefault(); e.stopImmediatePropagation(); return; }
        form.setAttribute('data-saving', '');
        const button = e.submitter ?? form.querySelector('button[type=submit]');
        if (!button) return;
        button.setAttribute('aria-busy', 'true');
        const label = button.querySelector('.mud-button-label') ?? button;
        label.textContent = 'Menyimpan…';
    }, true);
})();
