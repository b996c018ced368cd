/**
 * The JSF side: the page beans per use case are in the subpackages; here is what pages share: {@link Money} and
 * {@link CentsConverter} (dollars on the page, integer cents in the services) and {@link FieldMessages} (a service's
 * field errors next to the form fields of the same name).
 */
package com.aeims.interfaces.web;
