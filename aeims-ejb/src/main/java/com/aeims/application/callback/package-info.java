/**
 * Prepaid callbacks: customers ask an operator to call them at a time on the operator's calendar or as soon as they
 * are free, with the call held from their balance ({@link CallRequests}); {@link CallRequestView} is one request for the
 * API and the pages. Uses the money, operator and notification use cases through their public interfaces only.
 */
package com.aeims.application.callback;
