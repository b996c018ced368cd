/**
 * {@link DefaultSiteService} on JPA; host names are normalised here (a leading {@code www.}, a port and a trailing dot
 * ignored) so every caller resolves a host to the same site. Only {@code com.aeims.application.site} may reach in here
 * (ArchitectureTest).
 */
package com.aeims.application.site.internal;
