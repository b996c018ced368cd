/*
 * Toasts: messages from the "notifications" Faces websocket. Each one counts on the header's badge; a toast shows
 * unless the user turned that type off, plays a short tone if sound is on, and leads to what it is about when
 * clicked. Text is set as text, never as HTML. A page showing a conversation refreshes itself through its own
 * p:remoteCommand named aeimsConversationChanged; a page listing call requests re-renders them on a call request's
 * notification (its p:remoteCommand named aeimsRequestsChanged).
 */
var aeimsNotify = (function () {
    var shownFor = 8000;

    function tone() {
        try {
            var audio = new (window.AudioContext || window.webkitAudioContext)();
            var oscillator = audio.createOscillator();
            var gain = audio.createGain();
            oscillator.frequency.value = 880;
            gain.gain.value = 0.05;
            oscillator.connect(gain);
            gain.connect(audio.destination);
            oscillator.start();
            oscillator.stop(audio.currentTime + 0.12);
        } catch (unavailable) {
            // no audio on this device: the toast is enough
        }
    }

    function countOnBadge() {
        var badge = document.getElementById('unread-badge');
        if (badge) {
            var unread = (parseInt(badge.textContent, 10) || 0) + 1;
            badge.textContent = unread;
            badge.classList.remove('badge-empty');
        }
    }

    function show(notification) {
        var box = document.getElementById('toasts');
        if (!box) {
            return;
        }
        var toast = document.createElement('a');
        toast.className = 'toast toast-' + notification.color + ' toast-' + notification.type.replace('_', '-');
        toast.href = notification.link || '#';
        toast.setAttribute('data-notification-id', notification.id);
        var title = document.createElement('strong');
        title.textContent = notification.title;
        toast.appendChild(title);
        if (notification.body) {
            var body = document.createElement('span');
            body.textContent = notification.body;
            toast.appendChild(body);
        }
        box.appendChild(toast);
        window.setTimeout(function () {
            toast.remove();
        }, shownFor);
    }

    function receive(message) {
        var notification = typeof message === 'string' ? JSON.parse(message) : message;
        countOnBadge();
        if (notification.toast) {
            show(notification);
            if (notification.sound) {
                tone();
            }
        }
        if (typeof window.aeimsConversationChanged === 'function') {
            window.aeimsConversationChanged();
        }
        if (notification.type === 'call_request' && typeof window.aeimsRequestsChanged === 'function') {
            window.aeimsRequestsChanged();
        }
    }

    return {receive: receive};
})();
