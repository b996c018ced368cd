package com.aeims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSecretKeyTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[SecretBox.KEY_BYTES]);

    @TempDir
    Path data;

    @Test
    void withoutASettingAKeyFileIsMadeInTheDataDirectoryForTheOwnerOnlyAndKeptForLaterStarts() throws Exception {
        Map<String, String> properties = Map.of("jboss.server.data.dir", data.toString());

        byte[] first = ServerSecretKey.resolve(properties::get, name -> null);
        Path file = data.resolve("aeims/secret.key");
        assertEquals(SecretBox.KEY_BYTES, first.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(first, ServerSecretKey.resolve(properties::get, name -> null));
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "nothing but the key file is left behind");
        }
    }

    @Test
    void theEnvironmentsKeyIsTakenBeforeAnyFile() {
        Map<String, String> environment = Map.of(ServerSecretKey.KEY_VARIABLE, KEY);

        byte[] key = ServerSecretKey.resolve(name -> name.equals("jboss.server.data.dir") ? data.toString() : null,
                environment::get);

        assertArrayEquals(new byte[SecretBox.KEY_BYTES], key);
        assertTrue(Files.notExists(data.resolve("aeims")), "no key file made");
    }

    @Test
    void aKeyOfTheWrongSizeOrNotBase64IsRefusedWithHowToMakeOne() {
        IllegalStateException shortKey = assertThrows(IllegalStateException.class, () -> ServerSecretKey.resolve(
                name -> null, Map.of(ServerSecretKey.KEY_VARIABLE, "c2hvcnQ=")::get));
        assertTrue(shortKey.getMessage().contains("openssl rand -base64 32"), shortKey.getMessage());
        IllegalStateException garbage = assertThrows(IllegalStateException.class, () -> ServerSecretKey.resolve(
                name -> null, Map.of(ServerSecretKey.KEY_VARIABLE, "not a key!")::get));
        assertTrue(garbage.getMessage().contains("not base64"), garbage.getMessage());
    }
}
