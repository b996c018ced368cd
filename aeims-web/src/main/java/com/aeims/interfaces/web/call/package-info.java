/**
 * Calls on the pages: the call module on an operator's profile ({@link CallModule}), calls in progress and the history
 * ({@link ActiveCalls}, {@link CallHistoryView}) and where an operator's calls ring ({@link OperatorPhoneForm}). The
 * live side: {@link CallPush} sends each committed {@code CallChanged} to the two parties over the Faces websocket
 * channel "calls" (read by {@code resources/js/calls.js}), and {@link CallTicker} sends every talking call's time and
 * cost once a second; {@link CallTexts} is how states and endings read on both. Uses {@code CallService} and the
 * balance check, never the PBX-driven side of calls (ArchitectureTest).
 */
package com.aeims.interfaces.web.call;
