/*
 * Live calls: messages from the "calls" Faces websocket (one per change of a call, and a tick a second while it is
 * bridged) update every element marked data-call-id. When a call's status changes, or a call this page does not
 * show yet arrives, the page's own refresh command (a p:remoteCommand named aeimsCallsChanged) re-renders it. The
 * messages carry the call as the API shows it (CallRepresentation), texts included.
 */
var aeimsCalls = (function () {
    var lastStatus = {};

    function clock(seconds) {
        var rest = seconds % 60;
        return Math.floor(seconds / 60) + ':' + (rest < 10 ? '0' : '') + rest;
    }

    function setText(root, selector, text) {
        root.querySelectorAll(selector).forEach(function (node) {
            node.textContent = text;
        });
    }

    function receive(message) {
        var call = typeof message === 'string' ? JSON.parse(message) : message;
        var shown = document.querySelectorAll('[data-call-id="' + call.call_id + '"]');
        shown.forEach(function (node) {
            setText(node, '.call-status', call.status_text);
            setText(node, '.call-timer', clock(call.duration_seconds));
            setText(node, '.call-cost', call.cost_text);
            if (call.party) {
                setText(node, '.call-party', call.party);
            }
            node.setAttribute('data-call-status', call.status);
        });
        var changed = lastStatus[call.call_id] !== call.status + (call.settled ? '/settled' : '');
        lastStatus[call.call_id] = call.status + (call.settled ? '/settled' : '');
        if ((changed || shown.length === 0) && typeof window.aeimsCallsChanged === 'function') {
            window.aeimsCallsChanged();
        }
    }

    return {receive: receive, clock: clock};
})();
