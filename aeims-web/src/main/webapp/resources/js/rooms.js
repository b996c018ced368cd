/*
 * Chat rooms: messages from the "rooms" Faces websocket. On a room page they add lines and members as text (never
 * HTML), update what the stay costs, warn before funds run out, and reload the room's panels when the customer is
 * moved out or the host's member list changes. While a customer is inside, the page keeps a presence socket open,
 * which the server pings (browsers answer pings themselves, also in background tabs, whose timers they slow down),
 * and says every 15 s that it is still open; a visit not heard from for 45 s ends, so billing stops soon after a
 * browser closes or its connection is lost.
 * Earnings also refresh the operator's dashboard through its aeimsCallsChanged command.
 */
var aeimsRooms = (function () {
    var heartbeatEvery = 15000;
    var heartbeat = null;
    var presence = null;

    function page() {
        return document.querySelector('.room-page');
    }

    function pageRoomId() {
        var p = page();
        return p ? parseInt(p.getAttribute('data-room-id'), 10) : null;
    }

    function setText(id, text) {
        var element = document.getElementById(id);
        if (element && text !== undefined) {
            element.textContent = text;
        }
    }

    function clock(isoInstant) {
        return new Date(isoInstant).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit'});
    }

    /** Lines rendered by the server show their time in the reader's own clock, like the ones that arrive live. */
    function localTimes() {
        document.querySelectorAll('.room-time[data-at]').forEach(function (time) {
            time.textContent = clock(time.getAttribute('data-at'));
        });
    }

    function addLine(kind, message) {
        var lines = document.getElementById('room-lines');
        if (!lines || (message.message_id && lines.querySelector('[data-message-id="' + message.message_id + '"]'))) {
            return;
        }
        var line = document.createElement('div');
        var mine = String(message.actor_id) === page().getAttribute('data-me');
        line.className = 'room-line room-line-' + kind + (mine ? ' room-line-mine' : '');
        if (message.message_id) {
            line.setAttribute('data-message-id', message.message_id);
        }
        var author = document.createElement('strong');
        author.className = 'room-author';
        author.textContent = message.actor || '';
        var text = document.createElement('span');
        text.className = 'room-text';
        text.textContent = message.text || '';
        var time = document.createElement('span');
        time.className = 'room-time';
        time.textContent = clock(message.at);
        line.appendChild(author);
        line.appendChild(text);
        line.appendChild(time);
        lines.appendChild(line);
        lines.scrollTop = lines.scrollHeight;
    }

    function memberJoined(message) {
        var list = document.getElementById('room-members');
        if (!list || list.querySelector('[data-customer-id="' + message.actor_id + '"]')) {
            return;
        }
        var item = document.createElement('li');
        item.setAttribute('data-customer-id', message.actor_id);
        var name = document.createElement('span');
        name.className = 'room-member-name';
        name.textContent = message.actor;
        item.appendChild(name);
        list.appendChild(item);
        countMembers();
    }

    function memberLeft(message) {
        var item = document.querySelector('#room-members [data-customer-id="' + message.actor_id + '"]');
        if (item) {
            item.remove();
        }
        countMembers();
    }

    function countMembers() {
        var list = document.getElementById('room-members');
        if (list) {
            setText('room-count', String(list.children.length));
        }
    }

    function hostPage() {
        return page() && page().getAttribute('data-host') === 'true';
    }

    function receive(raw) {
        var message = typeof raw === 'string' ? JSON.parse(raw) : raw;
        if (message.type === 'earnings' && typeof window.aeimsCallsChanged === 'function') {
            window.aeimsCallsChanged();
        }
        if (message.room_id !== pageRoomId()) {
            return;
        }
        switch (message.type) {
            case 'said':
                addLine('message', message);
                break;
            case 'joined':
            case 'left':
                addLine(message.type, message);
                if (hostPage() && typeof window.aeimsRoomChanged === 'function') {
                    window.aeimsRoomChanged();
                } else if (message.type === 'joined') {
                    memberJoined(message);
                } else {
                    memberLeft(message);
                }
                break;
            case 'minute_paid':
                setText('room-minutes', String(message.minutes));
                setText('room-spent', message.spent);
                setText('room-balance', message.balance);
                break;
            case 'low_funds':
                setText('room-balance', message.balance);
                setText('room-warning-text', message.text);
                var warning = document.getElementById('room-warning');
                if (warning) {
                    warning.classList.remove('hidden');
                }
                break;
            case 'earnings':
                setText('room-earned', message.earned);
                break;
            case 'removed':
            case 'closed':
                stop();
                if (typeof window.aeimsRoomChanged === 'function') {
                    window.aeimsRoomChanged();
                }
                break;
            default:
                break;
        }
    }

    function stillHere() {
        var p = page();
        if (!p) {
            return;
        }
        fetch(p.getAttribute('data-api') + '/rooms/' + pageRoomId() + '/presence', {
            // X-AEIMS-Request: the API's proof that the call comes from one of the site's own pages
            method: 'POST', credentials: 'same-origin', headers: {'Accept': 'application/json', 'X-AEIMS-Request': '1'}
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (visit) {
            if (visit && !visit.present) {
                stop();
                if (typeof window.aeimsRoomChanged === 'function') {
                    window.aeimsRoomChanged();
                }
            }
        }).catch(function () {
            // offline for a moment: the next beat tries again, and the server ends the visit if none arrives
        });
    }

    function openPresence() {
        var p = page();
        var address = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
            + p.getAttribute('data-presence');
        var socket = new WebSocket(address);
        socket.onclose = function () {
            if (presence === socket) {
                // dropped by the network or the server: try again while the page still shows the room
                presence = null;
                window.setTimeout(function () {
                    if (heartbeat !== null && presence === null) {
                        presence = openPresence();
                    }
                }, 2000);
            }
        };
        return socket;
    }

    /** Starts the signs of life when a customer is inside the room shown. */
    function start() {
        var p = page();
        stop();
        if (p && p.getAttribute('data-inside') === 'true' && p.getAttribute('data-host') !== 'true') {
            stillHere();
            heartbeat = window.setInterval(stillHere, heartbeatEvery);
            presence = openPresence();
        }
        localTimes();
        var lines = document.getElementById('room-lines');
        if (lines) {
            lines.scrollTop = lines.scrollHeight;
        }
    }

    function stop() {
        if (heartbeat !== null) {
            window.clearInterval(heartbeat);
            heartbeat = null;
        }
        if (presence !== null) {
            var socket = presence;
            presence = null;
            socket.close();
        }
    }

    document.addEventListener('DOMContentLoaded', start);

    return {receive: receive, start: start, stop: stop};
})();
