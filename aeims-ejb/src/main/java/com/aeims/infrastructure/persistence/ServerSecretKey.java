package com.aeims.infrastructure.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The key that seals stored secrets, kept where the database's backups are not: {@code AEIMS_SECRET_KEY} (base64 of 32
 * random bytes; a cluster's nodes must all have the same one) or else a key file, by default
 * {@code secret.key} in the server's data directory, made with owner-only permissions at the first start.
 */
final class ServerSecretKey {

    static final String KEY_PROPERTY = "aeims.security.secret-key";
    static final String KEY_VARIABLE = "AEIMS_SECRET_KEY";
    static final String FILE_PROPERTY = "aeims.security.secret-key-file";
    static final String FILE_VARIABLE = "AEIMS_SECRET_KEY_FILE";

    private static final Logger LOG = Logger.getLogger(ServerSecretKey.class.getName());
    private static SecretBox box;

    private ServerSecretKey() {
    }

    /** The server's box, its key found (or its file made) on first use. */
    static synchronized SecretBox box() {
        if (box == null) {
            box = new SecretBox(resolve(System::getProperty, System::getenv));
        }
        return box;
    }

    /** The key, from the setting if there is one, else from the key file (made if it does not exist). */
    static byte[] resolve(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String encoded = setting(properties, environment, KEY_PROPERTY, KEY_VARIABLE);
        if (encoded != null) {
            return decode(encoded, KEY_VARIABLE);
        }
        String file = setting(properties, environment, FILE_PROPERTY, FILE_VARIABLE);
        if (file == null) {
            String dataDirectory = properties.apply("jboss.server.data.dir");
            if (dataDirectory == null) {
                throw new IllegalStateException("No secret key: set " + KEY_VARIABLE + " or " + FILE_VARIABLE);
            }
            file = Path.of(dataDirectory, "aeims", "secret.key").toString();
        }
        return fromFile(Path.of(file));
    }

    private static String setting(UnaryOperator<String> properties, UnaryOperator<String> environment,
                                  String property, String variable) {
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            value = environment.apply(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the secret key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path written = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(directory, "secret", ".new",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(directory, "secret", ".new");
        try {
            Files.writeString(written, Base64.getEncoder().encodeToString(key));
            // a link is made whole or not at all, and never over an existing file: a server starting at the same
            // moment either made the key first (and both use it) or finds this one complete
            Files.createLink(file, written);
            LOG.warning(() -> "Made a new secret key at " + file + ": back it up apart from the database (without it"
                    + " the authenticator app keys in the database cannot be read); a cluster's nodes must share one"
                    + " key (" + KEY_VARIABLE + " or the same file)");
        } catch (FileAlreadyExistsException madeFirstElsewhere) {
            // theirs is used
        } finally {
            Files.delete(written);
        }
    }

    private static byte[] decode(String encoded, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(encoded.strip());
            if (key.length != SecretBox.KEY_BYTES) {
                throw new IllegalStateException("The secret key in " + source + " must be " + SecretBox.KEY_BYTES
                        + " bytes in base64 (e.g. openssl rand -base64 32), not " + key.length);
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The secret key in " + source + " is not base64 (make one with"
                    + " openssl rand -base64 32)", e);
        }
    }
}
