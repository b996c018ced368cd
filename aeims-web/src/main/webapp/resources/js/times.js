/*
 * Times on the viewer's own clock: the options of a select.instant-choice (their values are instants) and every
 * element with a data-instant attribute are shown in the browser's time zone, and every input.time-zone sends that
 * zone with its form, so the server words notices in it too. Runs on load and after every PrimeFaces update.
 */
(function () {
    var format = new Intl.DateTimeFormat(undefined, {
        weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'
    });

    function zone() {
        return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    }

    function localize() {
        document.querySelectorAll('input.time-zone').forEach(function (input) {
            input.value = zone();
        });
        document.querySelectorAll('select.instant-choice option').forEach(function (option) {
            if (option.value) {
                option.textContent = format.format(new Date(option.value));
            }
        });
        document.querySelectorAll('[data-instant]').forEach(function (node) {
            node.textContent = format.format(new Date(node.getAttribute('data-instant')));
        });
        document.querySelectorAll('.zone-name').forEach(function (node) {
            node.textContent = zone();
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        localize();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', localize);
        }
    });
})();
