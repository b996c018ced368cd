package com.aeims.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Keeps an attribute sealed in its column ({@link SecretBox}); applied to authenticator keys by META-INF/orm.xml, so
 * the domain model does not know how it is stored.
 */
@Converter
public class SealedSecretConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String secret) {
        return secret == null ? null : ServerSecretKey.box().seal(secret);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        if (stored == null) {
            return null;
        }
        // a key written before keys were sealed is read as it is; SecretSealing seals it at the next start
        return SecretBox.isSealed(stored) ? ServerSecretKey.box().open(stored) : stored;
    }
}
