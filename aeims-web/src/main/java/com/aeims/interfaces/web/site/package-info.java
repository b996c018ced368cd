/**
 * The branded site of each request: {@link SiteFilter} chooses it (from {@code ?site=}, the session or the Host header)
 * and keeps customers behind the 18+ gate ({@link AgeGate}) until they confirm; {@link CurrentSite} holds it for the
 * request; {@link SiteThemeServlet} serves its colors as CSS so a rebrand needs no deployment; {@link LocalRedirect}
 * keeps "next" links inside the application.
 */
package com.aeims.interfaces.web.site;
