package com.aeims.interfaces.web.admin;

import com.aeims.application.ValidationFailure;
import com.aeims.application.site.SiteService;
import com.aeims.domain.model.site.Site;
import com.aeims.interfaces.web.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admin list of the branded sites, editing one at a time. */
@Named
@ViewScoped
public class SiteEditor implements Serializable {

    @Inject
    private SiteService sites;

    @Inject
    private FacesContext faces;

    private List<Site> all;
    private Long editedId;
    private String name;
    private String tagline;
    private String primaryColor;
    private String accentColor;
    private boolean active;
    private boolean recordings;

    @PostConstruct
    void load() {
        all = sites.all();
    }

    public void edit(Site site) {
        editedId = site.getId();
        name = site.getName();
        tagline = site.getTagline();
        primaryColor = site.getPrimaryColor();
        accentColor = site.getAccentColor();
        active = site.isActive();
        recordings = site.isRecordingsEnabled();
    }

    public void save() {
        try {
            sites.rebrand(editedId, name, tagline, primaryColor, accentColor, active);
            sites.allowRecordings(editedId, recordings);
            all = sites.all();
            editedId = null;
            FieldMessages.info(faces, "Site saved");
        } catch (ValidationFailure failure) {
            FieldMessages.show(faces, "site", failure);
        }
    }

    public void cancel() {
        editedId = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public List<Site> getAll() { return all; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTagline() { return tagline; }
    public void setTagline(String tagline) { this.tagline = tagline; }
    public String getPrimaryColor() { return primaryColor; }
    public void setPrimaryColor(String primaryColor) { this.primaryColor = primaryColor; }
    public String getAccentColor() { return accentColor; }
    public void setAccentColor(String accentColor) { this.accentColor = accentColor; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isRecordings() { return recordings; }
    public void setRecordings(boolean recordings) { this.recordings = recordings; }
}
