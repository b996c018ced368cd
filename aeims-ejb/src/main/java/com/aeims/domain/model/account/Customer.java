package com.aeims.domain.model.account;

import com.aeims.domain.model.site.Site;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/** A paying customer, 18 or older, who registered on one of the branded sites. */
@Entity
@Table(name = "customer")
public class Customer implements Serializable {

    public static final int MINIMUM_AGE = 18;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @ManyToOne(optional = false)
    @JoinColumn(name = "registered_site_id")
    private Site registeredSite;

    @Column(name = "phone_e164")
    private String phone;

    protected Customer() {
    }

    public Customer(Account account, LocalDate dateOfBirth, Site registeredSite) {
        this.account = account;
        this.dateOfBirth = dateOfBirth;
        this.registeredSite = registeredSite;
    }

    public static boolean isAdult(LocalDate dateOfBirth, LocalDate today) {
        return dateOfBirth != null && Period.between(dateOfBirth, today).getYears() >= MINIMUM_AGE;
    }

    public Long getAccountId() { return accountId; }
    public Account getAccount() { return account; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public Site getRegisteredSite() { return registeredSite; }
    public String getPhone() { return phone; }

    /** The number calls ring, E.164 (checked by {@link PhoneNumber}). */
    public void changePhone(String e164) {
        this.phone = PhoneNumber.requireE164(e164);
    }
}
