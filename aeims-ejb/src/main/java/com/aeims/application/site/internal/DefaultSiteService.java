package com.aeims.application.site.internal;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.site.SiteService;
import com.aeims.domain.model.site.Site;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
public class DefaultSiteService implements SiteService {

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @Override
    public Site resolveByHost(String host) {
        return findByHost(host).orElseGet(this::defaultSite);
    }

    @Override
    public Optional<Site> findByHost(String host) {
        return em.createQuery("SELECT s FROM Site s WHERE s.host = :host AND s.active = true", Site.class)
                .setParameter("host", hostName(host))
                .getResultStream()
                .findFirst();
    }

    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.startsWith("www.") ? name.substring(4) : name;
    }

    @Override
    public Optional<Site> findByCode(String code) {
        return em.createQuery("SELECT s FROM Site s WHERE s.code = :code AND s.active = true", Site.class)
                .setParameter("code", code == null ? "" : code.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Site defaultSite() {
        return em.createQuery("SELECT s FROM Site s WHERE s.defaultSite = true", Site.class).getSingleResult();
    }

    @Override
    public List<Site> all() {
        return em.createQuery("SELECT s FROM Site s ORDER BY s.name", Site.class).getResultList();
    }

    @Override
    public Site allowRecordings(long siteId, boolean allowed) {
        Site site = em.find(Site.class, siteId);
        if (site == null) {
            throw new UnknownEntityException("SITE_NOT_FOUND", "No site " + siteId);
        }
        site.allowRecordings(allowed);
        return site;
    }

    @Override
    public Site rebrand(long siteId, String name, String tagline, String primaryColor, String accentColor,
                        boolean active) {
        Site site = em.find(Site.class, siteId);
        if (site == null) {
            throw new UnknownEntityException("SITE_NOT_FOUND", "No site " + siteId);
        }
        ValidationFailure.Collector errors = new ValidationFailure.Collector();
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            errors.reject("name", "Use 1 to 80 characters");
        }
        if (tagline == null || tagline.isBlank() || tagline.strip().length() > 200) {
            errors.reject("tagline", "Use 1 to 200 characters");
        }
        if (!Site.isColor(primaryColor)) {
            errors.reject("primaryColor", "Use a color like #c2185b");
        }
        if (!Site.isColor(accentColor)) {
            errors.reject("accentColor", "Use a color like #ffb300");
        }
        if (!active && site.isDefaultSite()) {
            errors.reject("active", "The default site cannot be switched off");
        }
        errors.throwIfAny("VALIDATION_FAILED");
        site.rebrand(name.strip(), tagline.strip(), primaryColor, accentColor, active);
        return site;
    }
}
