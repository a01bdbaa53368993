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
