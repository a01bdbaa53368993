// Tells the server the browser's time zone once, so that times are shown in it even before sign-in.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('collegium_tz=') === -1) {
            document.cookie = 'collegium_tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
        }
    } catch (ignored) {
        // Older browsers: times stay in UTC, named as such.
    }
})();

// Counts down to a quiz attempt's deadline. The deadline is the server's: without this script the page says how many
// minutes were left when it was shown, and a late submission is refused whatever the clock on this device says.
(function () {
    var node = document.querySelector('[data-deadline]');
    var deadline = node ? Date.parse(node.getAttribute('data-deadline')) : NaN;
    if (isNaN(deadline)) {
        return;
    }
    function tick() {
        var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
        var seconds = left % 60;
        node.textContent = Math.floor(left / 60) + ':' + (seconds < 10 ? '0' : '') + seconds;
        if (left > 0) {
            setTimeout(tick, 1000);
        }
    }
    tick();
})();
