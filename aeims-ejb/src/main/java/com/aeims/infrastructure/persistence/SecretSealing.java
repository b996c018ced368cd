package com.aeims.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * At deployment: finds the secret key (a malformed key or an unreadable key file fails the deployment here, not an
 * admin's login later) and seals any authenticator key still stored in the clear, as every one written before
 * sealing was.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class SecretSealing {

    private static final Logger LOG = Logger.getLogger(SecretSealing.class.getName());

    @PersistenceContext(unitName = "aeims")
    private EntityManager em;

    @PostConstruct
    void sealStoredSecrets() {
        SecretBox box = ServerSecretKey.box();
        @SuppressWarnings("unchecked")
        List<Object[]> clear = em.createNativeQuery("SELECT account_id, totp_secret FROM second_factor"
                + " WHERE totp_secret NOT LIKE '" + SecretBox.PREFIX + "%' FOR UPDATE").getResultList();
        for (Object[] row : clear) {
            em.createNativeQuery("UPDATE second_factor SET totp_secret = ?1 WHERE account_id = ?2")
                    .setParameter(1, box.seal((String) row[1])).setParameter(2, row[0]).executeUpdate();
        }
        if (!clear.isEmpty()) {
            LOG.info(() -> "Sealed " + clear.size() + " authenticator keys stored in the clear");
        }
    }
}
