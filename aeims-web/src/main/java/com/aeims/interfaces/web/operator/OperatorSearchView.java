package com.aeims.interfaces.web.operator;

import com.aeims.application.operator.OperatorDirectory;
import com.aeims.application.operator.OperatorSearch;
import com.aeims.domain.model.operator.Operator;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The customer's operator search: filters plus a paged list of operators on the current site. */
@Named
@ViewScoped
public class OperatorSearchView implements Serializable {

    @Inject
    private OperatorDirectory directory;

    @Inject
    private CurrentSite currentSite;

    private long siteId;
    private boolean onlineOnly;
    private Integer minRateCents;
    private Integer maxRateCents;
    private Integer minAge;
    private Integer maxAge;
    private String hairColor;
    private String eyeColor;
    private String build;
    private String text;
    private List<String> hairColors;
    private List<String> eyeColors;
    private List<String> builds;
    private final LazyDataModel<Operator> operators = new OperatorPages();

    @PostConstruct
    void init() {
        siteId = currentSite.getId();
        hairColors = directory.attributeValues(siteId, "hairColor");
        eyeColors = directory.attributeValues(siteId, "eyeColor");
        builds = directory.attributeValues(siteId, "build");
    }

    private OperatorSearch criteria() {
        return new OperatorSearch(onlineOnly, minRateCents, maxRateCents, minAge, maxAge, hairColor, eyeColor, build,
                text);
    }

    public void reset() {
        onlineOnly = false;
        minRateCents = null;
        maxRateCents = null;
        minAge = null;
        maxAge = null;
        hairColor = null;
        eyeColor = null;
        build = null;
        text = null;
    }

    private final class OperatorPages extends LazyDataModel<Operator> {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.search(siteId, criteria(), 0, 1).total();
        }

        @Override
        public List<Operator> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            OperatorDirectory.Page page = directory.search(siteId, criteria(), first, pageSize);
            setRowCount((int) page.total());
            return page.operators();
        }

        @Override
        public String getRowKey(Operator operator) {
            return String.valueOf(operator.getId());
        }

        @Override
        public Operator getRowData(String rowKey) {
            return directory.findOnSite(Long.parseLong(rowKey), siteId).orElse(null);
        }
    }

    public LazyDataModel<Operator> getOperators() { return operators; }
    public boolean isOnlineOnly() { return onlineOnly; }
    public void setOnlineOnly(boolean onlineOnly) { this.onlineOnly = onlineOnly; }
    public Integer getMinRateCents() { return minRateCents; }
    public void setMinRateCents(Integer minRateCents) { this.minRateCents = minRateCents; }
    public Integer getMaxRateCents() { return maxRateCents; }
    public void setMaxRateCents(Integer maxRateCents) { this.maxRateCents = maxRateCents; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public String getHairColor() { return hairColor; }
    public void setHairColor(String hairColor) { this.hairColor = hairColor; }
    public String getEyeColor() { return eyeColor; }
    public void setEyeColor(String eyeColor) { this.eyeColor = eyeColor; }
    public String getBuild() { return build; }
    public void setBuild(String build) { this.build = build; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<String> getHairColors() { return hairColors; }
    public List<String> getEyeColors() { return eyeColors; }
    public List<String> getBuilds() { return builds; }
}
