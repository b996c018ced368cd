package com.aeims.application;

/**
 * The one way an application service tells users' open pages what they should see now: a call's new state, a line
 * said in a room, a toast. Called inside the transaction that made the change; what it carries reaches the pages
 * only if that transaction commits.
 */
public interface Push {

    void send(PushUpdate update);
}
