package com.aeims.interfaces.web.dashboard;

import com.aeims.domain.model.operator.OperatorProfile;
import java.io.Serializable;

/** The editable fields of an operator profile, as a form binds them. */
public class ProfileForm implements Serializable {

    private String displayName;
    private String headline;
    private String bio;
    private String languages;
    private Integer age;
    private Integer heightCm;
    private String build;
    private String hairColor;
    private String eyeColor;
    private Integer ratePerMinuteCents;
    private Integer connectFeeCents;
    private Integer messagePriceCents;

    public static ProfileForm of(OperatorProfile p) {
        ProfileForm form = new ProfileForm();
        form.displayName = p.displayName();
        form.headline = p.headline();
        form.bio = p.bio();
        form.languages = p.languages();
        form.age = p.age();
        form.heightCm = p.heightCm();
        form.build = p.build();
        form.hairColor = p.hairColor();
        form.eyeColor = p.eyeColor();
        form.ratePerMinuteCents = p.ratePerMinuteCents();
        form.connectFeeCents = p.connectFeeCents();
        form.messagePriceCents = p.messagePriceCents();
        return form;
    }

    public OperatorProfile toProfile() {
        return new OperatorProfile(orEmpty(displayName), orEmpty(headline), orEmpty(bio), orEmpty(languages), age,
                heightCm, build, hairColor, eyeColor, orZero(ratePerMinuteCents), orZero(connectFeeCents),
                orZero(messagePriceCents));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public Integer getAge() { return age; }
    public void setAge(Integer age) { this.age = age; }
    public Integer getHeightCm() { return heightCm; }
    public void setHeightCm(Integer heightCm) { this.heightCm = heightCm; }
    public String getBuild() { return build; }
    public void setBuild(String build) { this.build = build; }
    public String getHairColor() { return hairColor; }
    public void setHairColor(String hairColor) { this.hairColor = hairColor; }
    public String getEyeColor() { return eyeColor; }
    public void setEyeColor(String eyeColor) { this.eyeColor = eyeColor; }
    public Integer getRatePerMinuteCents() { return ratePerMinuteCents; }
    public void setRatePerMinuteCents(Integer ratePerMinuteCents) { this.ratePerMinuteCents = ratePerMinuteCents; }
    public Integer getConnectFeeCents() { return connectFeeCents; }
    public void setConnectFeeCents(Integer connectFeeCents) { this.connectFeeCents = connectFeeCents; }
    public Integer getMessagePriceCents() { return messagePriceCents; }
    public void setMessagePriceCents(Integer messagePriceCents) { this.messagePriceCents = messagePriceCents; }
}
