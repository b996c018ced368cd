package com.aeims.domain.model.operator;

import com.aeims.domain.model.account.Account;
import com.aeims.domain.model.site.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An independent operator: public profile, prices, revenue share, sites and availability. */
@Entity
@Table(name = "operator")
public class Operator implements Serializable {

    public static final int DEFAULT_RATE_CENTS = 399;
    public static final int DEFAULT_CONNECT_FEE_CENTS = 99;
    public static final int DEFAULT_MESSAGE_PRICE_CENTS = 50;
    public static final int DEFAULT_SHARE_PERCENT = 80;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String headline = "";

    @Column(nullable = false)
    private String bio = "";

    @Column(nullable = false)
    private String languages = "English";

    private Integer age;

    @Column(name = "height_cm")
    private Integer heightCm;

    private String build;

    @Column(name = "hair_color")
    private String hairColor;

    @Column(name = "eye_color")
    private String eyeColor;

    @Column(name = "picture_path")
    private String picturePath;

    @Column(name = "rate_per_minute_cents", nullable = false)
    private int ratePerMinuteCents = DEFAULT_RATE_CENTS;

    @Column(name = "connect_fee_cents", nullable = false)
    private int connectFeeCents = DEFAULT_CONNECT_FEE_CENTS;

    @Column(name = "message_price_cents", nullable = false)
    private int messagePriceCents = DEFAULT_MESSAGE_PRICE_CENTS;

    @Column(name = "operator_share_percent", nullable = false)
    private int operatorSharePercent = DEFAULT_SHARE_PERCENT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Availability availability = Availability.OFFLINE;

    @Column(name = "availability_changed_at", nullable = false)
    private OffsetDateTime availabilityChangedAt = OffsetDateTime.now(ZoneOffset.UTC);

    @Column(name = "phone_e164")
    private String phone;

    @Column(name = "records_calls", nullable = false)
    private boolean recordsCalls;

    @ManyToMany
    @JoinTable(name = "operator_site",
            joinColumns = @JoinColumn(name = "operator_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new LinkedHashSet<>();

    protected Operator() {
    }

    public Operator(Account account) {
        this.account = account;
    }

    public void applyProfile(OperatorProfile profile) {
        account.rename(profile.displayName());
        headline = profile.headline().strip();
        bio = profile.bio().strip();
        languages = profile.languages().strip();
        age = profile.age();
        heightCm = profile.heightCm();
        build = blankToNull(profile.build());
        hairColor = blankToNull(profile.hairColor());
        eyeColor = blankToNull(profile.eyeColor());
        ratePerMinuteCents = profile.ratePerMinuteCents();
        connectFeeCents = profile.connectFeeCents();
        messagePriceCents = profile.messagePriceCents();
    }

    public OperatorProfile profile() {
        return new OperatorProfile(account.getDisplayName(), headline, bio, languages, age, heightCm,
                build, hairColor, eyeColor, ratePerMinuteCents, connectFeeCents, messagePriceCents);
    }

    public void changeAvailability(Availability availability, Instant at) {
        if (this.availability != availability) {
            this.availability = availability;
            this.availabilityChangedAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    public void setOperatorSharePercent(int operatorSharePercent) {
        if (operatorSharePercent < 0 || operatorSharePercent > 100) {
            throw new IllegalArgumentException("share must be 0..100, was " + operatorSharePercent);
        }
        this.operatorSharePercent = operatorSharePercent;
    }

    public void listOn(Set<Site> sites) {
        this.sites.clear();
        this.sites.addAll(sites);
    }

    /** Whether the operator has their calls recorded (on sites that allow it). */
    public void recordCalls(boolean record) {
        this.recordsCalls = record;
    }

    /** Whether a call to this operator through the site is recorded: both must want it. */
    public boolean recordsCallsOn(Site site) {
        return recordsCalls && site != null && site.isRecordingsEnabled();
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public void setPicturePath(String picturePath) {
        this.picturePath = picturePath;
    }

    public boolean isListedOn(Site site) {
        return sites.stream().anyMatch(s -> s.getId().equals(site.getId()));
    }

    public List<Site> sitesByName() {
        return sites.stream().sorted(Comparator.comparing(Site::getName)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return accountId; }
    public Account getAccount() { return account; }
    public String getDisplayName() { return account.getDisplayName(); }
    public String getHeadline() { return headline; }
    public String getBio() { return bio; }
    public String getLanguages() { return languages; }
    public Integer getAge() { return age; }
    public Integer getHeightCm() { return heightCm; }
    public String getBuild() { return build; }
    public String getHairColor() { return hairColor; }
    public String getEyeColor() { return eyeColor; }
    public String getPicturePath() { return picturePath; }
    public int getRatePerMinuteCents() { return ratePerMinuteCents; }
    public int getConnectFeeCents() { return connectFeeCents; }
    public int getMessagePriceCents() { return messagePriceCents; }
    public int getOperatorSharePercent() { return operatorSharePercent; }
    public Availability getAvailability() { return availability; }
    public OffsetDateTime getAvailabilityChangedAt() { return availabilityChangedAt; }
    public String getPhone() { return phone; }
    public boolean isRecordsCalls() { return recordsCalls; }
    public Set<Site> getSites() { return sites; }
}
