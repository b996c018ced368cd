package com.aeims.interfaces.web.site;

import com.aeims.domain.model.site.Site;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The branded site this request is served as, resolved by {@link SiteFilter}. */
@Named
@RequestScoped
public class CurrentSite {

    @Inject
    private HttpServletRequest request;

    public Site getSite() {
        return (Site) request.getAttribute(SiteFilter.SITE_ATTRIBUTE);
    }

    public long getId() {
        return getSite().getId();
    }
}
