package com.aeims.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void theRetireScriptForOpsNamesEveryDemoAccount() throws Exception {
        String script = Files.readString(Path.of("../db/ops/retire-demo-accounts.sql"));
        Set<String> named = new TreeSet<>();
        Matcher email = Pattern.compile("'([a-z.]+@example\\.com)'").matcher(script);
        while (email.find()) {
            named.add(email.group(1));
        }
        assertEquals(new TreeSet<>(DemoData.allEmails()), named);
    }
}
