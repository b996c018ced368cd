package com.aeims.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aeims.jca.asterisk.peer.CallScript;
import com.aeims.testsupport.ApiClient;
import com.aeims.testsupport.Eventually;
import com.aeims.testsupport.PaidCallIT;
import com.aeims.testsupport.ServerSettings;
import com.aeims.testsupport.TestAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Recorded calls: only where the site and the operator both turned recording on, the PBX records (AEIMS_RECORD) and
 * names the file in the call's Cdr; AEIMS streams it to the two parties and admins with byte ranges, and each party
 * deletes it for themselves; the file goes when both have.
 */
class CallRecordingIT extends PaidCallIT {

    @AfterEach
    void sitesRecordNothing() throws Exception {
        ServerSettings.sitesRecordCalls(false);
    }

    @Test
    void aRecordedCallIsStreamedInRangesToItsPartiesOnlyAndGoesWhenBothDeleteIt() throws Exception {
        ServerSettings.sitesRecordCalls(true);
        ApiClient operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(TestAccounts.emailOf(operatorId), TestAccounts.PASSWORD).status());
        assertEquals(200, operator.put("api/operator/recording", "{\"record_calls\": true}").status());
        credit(2_000);

        String callId = startCall(CallScript.bridged(Duration.ofSeconds(61)));
        settled(callId);
        Eventually.await(Duration.ofSeconds(15), "the recording the Cdr named",
                () -> status(callId).containsKey("recording_url"));

        String url = status(callId).getString("recording_url");
        assertEquals("api/calls/" + callId + "/recording", url);
        ApiClient.Reply whole = customer.get(url);
        assertEquals(200, whole.status());
        assertEquals("audio/wav", whole.raw().headers().firstValue("Content-Type").orElse(""));
        assertEquals("bytes", whole.raw().headers().firstValue("Accept-Ranges").orElse(""));
        assertTrue(whole.body().startsWith("RIFF"), "a WAV file");
        long size = Long.parseLong(whole.raw().headers().firstValue("Content-Length").orElseThrow());
        Path file = Path.of("target", "recordings", "aeims", callId + ".wav");
        assertEquals(Files.size(file), size);

        ApiClient.Reply header = customer.getWithHeaders(url, Map.of("Range", "bytes=0-11"));
        assertEquals(206, header.status());
        assertEquals("bytes 0-11/" + size, header.raw().headers().firstValue("Content-Range").orElse(""));
        assertEquals("RIFF", header.body().substring(0, 4));
        assertTrue(header.body().contains("WAVE"), "the RIFF header's first 12 bytes");
        ApiClient.Reply tail = customer.getWithHeaders(url, Map.of("Range", "bytes=-100"));
        assertEquals(206, tail.status());
        assertEquals("bytes " + (size - 100) + "-" + (size - 1) + "/" + size,
                tail.raw().headers().firstValue("Content-Range").orElse(""));
        ApiClient.Reply pastTheEnd = customer.getWithHeaders(url, Map.of("Range", "bytes=" + size + "-"));
        assertEquals(416, pastTheEnd.status());
        assertEquals("RANGE_NOT_SATISFIABLE", pastTheEnd.json().getString("code"));

        ApiClient stranger = new ApiClient(baseUri());
        assertEquals(200, stranger.login(TestAccounts.registerCustomer(new ApiClient(baseUri())),
                TestAccounts.PASSWORD).status());
        assertEquals(404, stranger.get(url).status(), "another customer's call is not found");
        assertEquals(200, admin.get(url).status(), "admins may listen");

        assertEquals(200, customer.delete(url).status());
        assertEquals(404, customer.get(url).status(), "gone for the customer");
        assertFalse(status(callId).containsKey("recording_url"));
        assertEquals(200, operator.get(url).status(), "the operator still has it");
        assertTrue(Files.exists(file));
        assertEquals(200, operator.delete(url).status());
        assertEquals(404, operator.get(url).status());
        assertFalse(Files.exists(file), "the file goes when both parties deleted it");
    }

    @Test
    void aCallIsNotRecordedWhereTheSiteDoesNotAllowItEvenIfTheOperatorWantsIt() throws Exception {
        ApiClient operator = new ApiClient(baseUri());
        assertEquals(200, operator.login(TestAccounts.emailOf(operatorId), TestAccounts.PASSWORD).status());
        assertEquals(200, operator.put("api/operator/recording", "{\"record_calls\": true}").status());
        assertEquals(400, operator.put("api/operator/recording", "{\"record_calls\": \"yes\"}").status());
        credit(2_000);

        String callId = startCall(CallScript.bridged(Duration.ofSeconds(61)));
        settled(callId);

        assertFalse(status(callId).containsKey("recording_url"));
        assertFalse(Files.exists(Path.of("target", "recordings", "aeims", callId + ".wav")), "nothing recorded");
    }
}
