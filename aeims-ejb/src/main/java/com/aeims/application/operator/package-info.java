/**
 * Operators as use cases: running their own profile, prices, phone and availability, and admins editing them
 * ({@link OperatorAccountService}); the directory customers search on a site ({@link OperatorDirectory},
 * {@link OperatorSearch}). An operator is made busy and free again by the call use case, never through these.
 */
package com.aeims.application.operator;
