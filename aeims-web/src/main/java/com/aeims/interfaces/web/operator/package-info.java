/**
 * Customers finding operators on the current site: who is online on the home page ({@link HomeView}), the search
 * ({@link OperatorSearchView}) and a profile ({@link OperatorProfileView}, which hands its operator to the call
 * module). Uses the operator directory.
 */
package com.aeims.interfaces.web.operator;
