/**
 * Customers' prepaid requests to be called back: {@link CallRequest} is both the stored row and its lifecycle
 * (pending, accepted, closed once with a reason, what cancelling costs, when it lapses); {@link CallRequestRepository}
 * is how requests are stored. Depends on nothing outside the domain.
 */
package com.aeims.domain.model.callback;
