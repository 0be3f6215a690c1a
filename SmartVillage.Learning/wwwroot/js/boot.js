// Starts Blazor for a rural 3G link (decision 0022), from a file: the Content-Security-Policy allows no inline script.
// A link that stalls (packets stop, the socket stays open) must be noticed: the server pings every 4 s when it has nothing
// else to say (AddHubOptions in LearningWebExtensions), and the browser gives up on a connection that said nothing for 8 s.
// Blazor then shows its reconnect notice ("Jawaban yang sudah tersimpan aman") within 8 s of the stall, instead of after
// SignalR's default 30 s, and keeps trying to rejoin the same circuit; answers already saved are in the database.
(() => {
    Blazor.start({
        circuit: {
            configureSignalR: builder => builder.withServerTimeout(8000).withKeepAliveInterval(4000),
        },
    });
})();
