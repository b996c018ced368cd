package com.aeims.domain.model.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.regex.Pattern;

/** A branded customer web site, chosen by the request's host name. */
@Entity
@Table(name = "site")
public class Site implements Serializable {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false, unique = true)
    private String host;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String tagline;

    @Column(name = "primary_color", nullable = false)
    private String primaryColor;

    @Column(name = "accent_color", nullable = false)
    private String accentColor;

    @Column(name = "logo_path", nullable = false)
    private String logoPath;

    @Column(name = "is_default", nullable = false)
    private boolean defaultSite;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "recordings_enabled", nullable = false)
    private boolean recordingsEnabled;

    protected Site() {
    }

    public static boolean isColor(String value) {
        return value != null && COLOR.matcher(value).matches();
    }

    public void rebrand(String name, String tagline, String primaryColor, String accentColor, boolean active) {
        this.name = name;
        this.tagline = tagline;
        this.primaryColor = primaryColor.toLowerCase();
        this.accentColor = accentColor.toLowerCase();
        this.active = active;
    }

    /** Whether calls made through this site may be recorded (where its terms and the law allow it). */
    public void allowRecordings(boolean allowed) {
        this.recordingsEnabled = allowed;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getHost() { return host; }
    public String getName() { return name; }
    public String getTagline() { return tagline; }
    public String getPrimaryColor() { return primaryColor; }
    public String getAccentColor() { return accentColor; }
    public String getLogoPath() { return logoPath; }
    public boolean isDefaultSite() { return defaultSite; }
    public boolean isActive() { return active; }
    public boolean isRecordingsEnabled() { return recordingsEnabled; }
}
