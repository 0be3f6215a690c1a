// Listened for on the document, and the dialog looked up when needed: an enhanced navigation (from a reading page to a live
// one, decision 0023) can put a new dialog in the page, and Blazor then tells the new one. A listener on the dialog this
// module found when it ran would hear nothing: no notice on a stalled link, and no reload when the circuit is gone (an
// instance restarted behind the proxy), leaving a page that looks live and saves nothing. The state event does not
// bubble, so it is heard in the capture phase.
const modal = () => document.getElementById("components-reconnect-modal");
document.addEventListener("components-reconnect-state-changed", handleReconnectStateChanged, true);
document.addEventListener("click", event => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest("#components-reconnect-button")) retry();
    else if (event.target.closest("#components-resume-button")) resume();
});

function handleReconnectStateChanged(event) {
    const reconnectModal = modal();
    if (event.detail.state === "show") {
        if (!reconnectModal.open) reconnectModal.showModal();
    } else if (event.detail.state === "hide") {
        reconnectModal.close();
    } else if (event.detail.state === "failed") {
        document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
    } else if (event.detail.state === "rejected") {
        location.reload();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenDocumentBecomesVisible);

    try {
        // Reconnect will asynchronously return:
        // - true to mean success
        // - false to mean we reached the server, but it rejected the connection (e.g., unknown circuit ID)
        // - exception to mean we didn't reach the server (this can be sync or async)
        const successful = await Blazor.reconnect();
        if (!successful) {
            // We have been able to reach the server, but the circuit is no longer available.
            // We'll reload the page so the user can continue using the app as quickly as possible.
            const resumeSuccessful = await Blazor.resumeCircuit();
            if (!resumeSuccessful) {
                location.reload();
            } else {
                modal().close();
            }
        }
    } catch (err) {
        // We got an exception, server is currently unavailable
        document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
    }
}

async function resume() {
    try {
        const successful = await Blazor.resumeCircuit();
        if (!successful) {
            location.reload();
        }
    } catch {
        modal().classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
    }
}

async function retryWhenDocumentBecomesVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
