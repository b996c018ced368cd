/**
 * {@link Site}: a branded customer site (code, host, name, colors), chosen for each request by its host name. Depends
 * on nothing else.
 */
package com.aeims.domain.model.site;
