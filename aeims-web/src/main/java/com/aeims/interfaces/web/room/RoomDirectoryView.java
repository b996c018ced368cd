package com.aeims.interfaces.web.room;

import com.aeims.application.room.RoomView;
import com.aeims.application.room.RoomVisits;
import com.aeims.interfaces.web.site.CurrentSite;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The open rooms of the operators on this site, busiest first, narrowed by words (name, description, host) and a price range. */
@Named
@ViewScoped
public class RoomDirectoryView implements Serializable {

    @Inject
    private RoomVisits rooms;

    @Inject
    private CurrentSite currentSite;

    private String text;
    private Integer minRateCents;
    private Integer maxRateCents;
    private List<RoomView> found = List.of();

    @PostConstruct
    void all() {
        search();
    }

    public void search() {
        found = rooms.search(currentSite.getId(), text, minRateCents, maxRateCents);
    }

    public List<RoomView> getRooms() { return found; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Integer getMinRateCents() { return minRateCents; }
    public void setMinRateCents(Integer minRateCents) { this.minRateCents = minRateCents; }
    public Integer getMaxRateCents() { return maxRateCents; }
    public void setMaxRateCents(Integer maxRateCents) { this.maxRateCents = maxRateCents; }
}
