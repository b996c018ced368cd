/**
 * The branded sites: which one a request's host name is ({@link SiteService}), and admins rebranding them. The web
 * module's site filter, theme servlet and site editor use it.
 */
package com.aeims.application.site;
