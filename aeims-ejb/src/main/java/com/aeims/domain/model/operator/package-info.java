/**
 * Operators: the {@link Operator} entity (profile, prices, revenue share, sites, availability), its editable
 * {@link OperatorProfile}, {@link Availability} (busy is set by calls, never by the operator), the price ranges admins
 * allow ({@link PricingLimit}) and {@link OperatorRepository}. Depends on the account and site models only.
 */
package com.aeims.domain.model.operator;
