package com.aeims.interfaces.web.admin;

import com.aeims.application.UnknownEntityException;
import com.aeims.application.ValidationFailure;
import com.aeims.application.operator.OperatorAccountService;
import com.aeims.application.site.SiteService;
import com.aeims.domain.model.operator.Operator;
import com.aeims.domain.model.site.Site;
import com.aeims.interfaces.web.FieldMessages;
import com.aeims.interfaces.web.dashboard.ProfileForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** An admin editing one operator: profile, revenue share, sites and whether the account may log in. */
@Named
@ViewScoped
public class OperatorEditor implements Serializable {

    @Inject
    private OperatorAccountService operators;

    @Inject
    private SiteService sites;

    @Inject
    private FacesContext faces;

    private Long id;
    private String email;
    private ProfileForm profile;
    private int sharePercent;
    private List<Long> siteIds;
    private boolean enabled;
    private List<Site> allSites;

    public void load() throws IOException {
        if (faces.isPostback()) {
            return;
        }
        try {
            Operator operator = operators.operator(id == null ? -1 : id);
            email = operator.getAccount().getEmail();
            profile = ProfileForm.of(operator.profile());
            sharePercent = operator.getOperatorSharePercent();
            // a mutable list: Faces fills a new instance of the current value's class on submit
            siteIds = new ArrayList<>(operator.getSites().stream().map(Site::getId).toList());
            enabled = operator.getAccount().isEnabled();
            allSites = sites.all();
        } catch (UnknownEntityException missing) {
            faces.getExternalContext().responseSendError(404, missing.getMessage());
            faces.responseComplete();
        }
    }

    public void save() {
        try {
            operators.adminUpdate(id, profile.toProfile(), sharePercent, new LinkedHashSet<>(siteIds), enabled);
            FieldMessages.info(faces, "Operator saved");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "operator", failure);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEmail() { return email; }
    public ProfileForm getProfile() { return profile; }
    public int getSharePercent() { return sharePercent; }
    public void setSharePercent(int sharePercent) { this.sharePercent = sharePercent; }
    public List<Long> getSiteIds() { return siteIds; }
    public void setSiteIds(List<Long> siteIds) { this.siteIds = siteIds; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public List<Site> getAllSites() { return allSites; }
}
