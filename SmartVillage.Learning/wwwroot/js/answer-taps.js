// Quiz answers on a weak signal (decision 0020). A tap on an answer, a drop-down chosen or a text typed shows "Menyimpan…"
// at once, without waiting for the server. A second tap on the same checkbox while its first change is still on its way is taken as the same choice
// (nothing is sent), so it cannot undo it. The page bumps data-save-round on the question when the server stored the
// answer; that ends the pending state. A tap given while the link stalled may have died with the old connection: when the
// page rejoins its circuit, every answer still pending is sent again (the same chosen state, so a copy that did arrive
// changes nothing).
(() => {
    const questionOf = el => el.closest('[data-save-round]');

    document.addEventListener('click', e => {
        const input = e.target.closest && e.target.closest('input[data-answer-option]');
        if (input && input.dataset.pending === '1') e.preventDefault();
    }, true);

    document.addEventListener('change', e => {
        const input = e.target;
        if (!(input instanceof HTMLInputElement) || (input.type !== 'checkbox' && input.type !== 'radio')) return;
        const question = questionOf(input);
        if (!question) return;
        question.setAttribute('data-pending', '');
        if (input.hasAttribute('data-answer-option')) input.dataset.pending = '1';
    }, true);

    // A drop-down and a typed answer are pending too until the server stored them (a typed one once typing pauses).
    document.addEventListener('input', e => {
        const field = e.target;
        const typed = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement && field.type === 'text';
        if (typed || field instanceof HTMLSelectElement) questionOf(field)?.setAttribute('data-pending', '');
    }, true);

    document.addEventListener('components-reconnect-state-changed', e => {
        if (e.detail.state !== 'hide') return;
        for (const question of document.querySelectorAll('[data-save-round][data-pending]')) {
            const radio = question.querySelector('input[type=radio]:checked');
            if (radio) radio.dispatchEvent(new Event('input', { bubbles: true }));
            question.querySelectorAll('input[type=checkbox][data-pending="1"], select').forEach(field => field.dispatchEvent(new Event('change', { bubbles: true })));
            question.querySelectorAll('input[type=text], textarea').forEach(field => field.dispatchEvent(new Event('input', { bubbles: true })));
        }
    }, true);

    new MutationObserver(changes => {
        for (const change of changes) {
            const question = change.target;
            question.removeAttribute('data-pending');
            question.querySelectorAll('input[data-answer-option]').forEach(i => delete i.dataset.pending);
        }
    }).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-save-round'] });
})();
