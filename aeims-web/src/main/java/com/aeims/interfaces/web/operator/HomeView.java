package com.aeims.interfaces.web.operator;

import com.aeims.application.operator.OperatorDirectory;
import com.aeims.application.operator.OperatorSearch;
import com.aeims.domain.model.operator.Operator;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The site's home page: who is online right now. */
@Named
@RequestScoped
public class HomeView {

    private static final int FEATURED = 6;

    @Inject
    private OperatorDirectory directory;

    @Inject
    private CurrentSite currentSite;

    private List<Operator> onlineNow;
    private long onlineCount;

    @PostConstruct
    void load() {
        OperatorSearch online = new OperatorSearch(true, null, null, null, null, null, null, null, null);
        OperatorDirectory.Page page = directory.search(currentSite.getId(), online, 0, FEATURED);
        onlineNow = page.operators();
        onlineCount = page.total();
    }

    public List<Operator> getOnlineNow() { return onlineNow; }
    public long getOnlineCount() { return onlineCount; }
}
