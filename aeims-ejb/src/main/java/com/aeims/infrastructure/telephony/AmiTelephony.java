package com.aeims.infrastructure.telephony;

import com.aeims.application.call.Telephony;
import com.aeims.application.call.TelephonyUnavailable;
import com.aeims.jca.asterisk.api.AmiChannel;
import com.aeims.jca.asterisk.api.AmiConnection;
import com.aeims.jca.asterisk.api.AmiConnectionFactory;
import com.aeims.jca.asterisk.api.OriginateRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.resource.ResourceException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The telephony port on Asterisk, through the AMI resource adapter. The dialplan contract (config/asterisk): the
 * customer is rung through {@code Local/<number>@aeims-customer/n} (never optimized away, so its ;1 half stays in
 * the call to the end); when they answer, the call continues at {@code aeims-bridge,<operator number>,1}, which dials
 * the operator with the {@code AEIMS_MAX_SECONDS} limit; both phones are shown only the platform's name and number.
 */
@ApplicationScoped
public class AmiTelephony implements Telephony {

    @Resource(lookup = "java:/eis/AsteriskAmi")
    private AmiConnectionFactory connections;

    @Override
    public boolean isAvailable() {
        try (AmiConnection connection = connections.getConnection()) {
            return connection.isConnected();
        } catch (ResourceException notLoggedIn) {
            return false;
        }
    }

    @Override
    public void originate(String callRef, String customerNumber, String operatorNumber, int maxSeconds,
                          boolean record) {
        String callerName = callerName();
        String platformNumber = setting("aeims.telephony.platform-number", "+18885550100");
        Map<String, String> variables = new LinkedHashMap<>();
        // two underscores: inherited by every leg, so their events carry the call id too
        variables.put("__" + AmiCallFacts.CALL_ID_VARIABLE, callRef);
        // the only identity either phone is shown, kept on every leg by the dialplan (number masking)
        variables.put("__AEIMS_MASK_NAME", callerName);
        variables.put("__AEIMS_MASK_NUM", platformNumber);
        variables.put("AEIMS_MAX_SECONDS", Integer.toString(maxSeconds));
        variables.put("AEIMS_OPERATOR_NUMBER", operatorNumber);
        if (record) {
            // the dialplan then plays the recorded-call notice, records with MixMonitor and names the file in the Cdr
            variables.put("AEIMS_RECORD", "1");
        }
        // the call's Linkedid then names the call (a Local channel's second half gets ";2", as Asterisk names it)
        String channelId = AmiCallFacts.channelIdOf(callRef);
        OriginateRequest request = new OriginateRequest(callRef,
                setting("aeims.telephony.customer-channel", "Local/{number}@aeims-customer/n")
                        .replace("{number}", customerNumber),
                setting("aeims.telephony.bridge-context", "aeims-bridge"), operatorNumber, 1,
                Long.getLong("aeims.telephony.ring-seconds", 30) * 1000,
                "\"" + callerName + "\" <" + platformNumber + ">", variables, channelId, channelId + ";2");
        run("originate call " + callRef, connection -> connection.originate(request));
    }

    /** The caller name both phones show; the dialplan passes it inside Dial options, where these would split it. */
    private static String callerName() {
        String name = setting("aeims.telephony.caller-name", "AEIMS");
        if (name.isBlank() || name.chars().anyMatch(c -> ",()\"<>|".indexOf(c) >= 0)) {
            throw new TelephonyUnavailable("The caller name (AEIMS_CALLER_NAME) must be plain text without , ( ) \" "
                    + "< > |: \"" + name + "\"", null);
        }
        return name;
    }

    @Override
    public void hangup(String customerChannel) {
        run("hang up " + customerChannel, connection -> connection.hangup(customerChannel));
    }

    @Override
    public void limitDuration(String customerChannel, int seconds) {
        run("limit " + customerChannel, connection -> connection.absoluteTimeout(customerChannel, seconds));
    }

    @Override
    public LiveCalls liveCalls() {
        try (AmiConnection connection = connections.getConnection()) {
            Set<String> callRefs = new HashSet<>();
            Set<String> linkedIds = new HashSet<>();
            for (AmiChannel channel : connection.showChannels()) {
                // a call is named by the Linkedid AEIMS chose for it, else by the inherited call id variable
                String named = AmiCallFacts.callRefIn(channel.linkedId());
                String variable = channel.variables().get(AmiCallFacts.CALL_ID_VARIABLE);
                if (named != null) {
                    callRefs.add(named);
                } else if (variable != null && !variable.isBlank()) {
                    callRefs.add(variable.strip());
                }
                if (channel.linkedId() != null) {
                    linkedIds.add(channel.linkedId());
                }
            }
            return new LiveCalls(callRefs, linkedIds);
        } catch (ResourceException failed) {
            throw new TelephonyUnavailable("Could not list the PBX's channels: " + failed.getMessage(), failed);
        }
    }

    private interface Action {
        void on(AmiConnection connection) throws ResourceException;
    }

    private void run(String what, Action action) {
        try (AmiConnection connection = connections.getConnection()) {
            action.on(connection);
        } catch (ResourceException failed) {
            throw new TelephonyUnavailable("Could not " + what + ": " + failed.getMessage(), failed);
        }
    }

    private static String setting(String name, String fallback) {
        return System.getProperty(name, fallback);
    }
}
