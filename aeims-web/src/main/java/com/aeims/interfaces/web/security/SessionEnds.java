package com.aeims.interfaces.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/** Tells {@link SignedInSessions} when a session ends (logout, expiry) or changes its id, so it holds no dead ones. */
@WebListener
public class SessionEnds implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    private SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent ended) {
        sessions.ended(ended.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent changed, String oldId) {
        sessions.idChanged(oldId, changed.getSession().getId());
    }
}
