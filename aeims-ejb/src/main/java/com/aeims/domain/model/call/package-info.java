/**
 * A paid call as the PBX reports it. {@link Call} is both the stored row and the state machine: it takes each
 * {@link CallEvent} as a fact kept at its earliest time, so the repeats and reordering AMI delivers change nothing
 * twice, derives its {@link CallState}, and tells the service what to do next (cap it, settle it now, or wait briefly
 * for an outcome still on its way). {@link CallAllowance} is how long a call may last and what to hold for it;
 * {@link CallRepository} is how calls are stored (implemented in infrastructure/persistence). Depends on nothing
 * outside the domain.
 */
package com.aeims.domain.model.call;
