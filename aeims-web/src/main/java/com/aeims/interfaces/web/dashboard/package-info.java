/**
 * The operator's dashboard ({@link OperatorDashboard}: availability and profile) and the profile form
 * ({@link ProfileForm}) it shares with the admin's operator editor. Uses the operator use case.
 */
package com.aeims.interfaces.web.dashboard;
