package com.aeims.application.site;

import com.aeims.domain.model.site.Site;
import java.util.List;
import java.util.Optional;

public interface SiteService {

    /** The site served at this host name (a leading {@code www.} and any port ignored), else the default site. */
    Site resolveByHost(String host);

    /** The active site this host name (a Host header: port and {@code www.} ignored) belongs to, if any. */
    Optional<Site> findByHost(String host);

    Optional<Site> findByCode(String code);

    Site defaultSite();

    List<Site> all();

    Site rebrand(long siteId, String name, String tagline, String primaryColor, String accentColor, boolean active);

    /** Whether calls made through the site may be recorded (each operator still chooses for their own calls). */
    Site allowRecordings(long siteId, boolean allowed);
}
