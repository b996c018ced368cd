package com.aeims.infrastructure.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.MalformedURLException;
import java.net.URL;

/**
 * Sends the SDK's requests to another base URL (a mock of the Twilio API in tests and staging) with everything else
 * unchanged: method, path, parameters, headers and authentication.
 */
class RoutedHttpClient extends NetworkHttpClient {

    private final String base;

    RoutedHttpClient(String base) {
        this.base = base.replaceAll("/+$", "");
    }

    @Override
    public Response makeRequest(Request original) {
        return super.makeRequest(new Routed(original, base));
    }

    private static final class Routed extends Request {

        Routed(Request original, String base) {
            super(original.getMethod(), base + path(original));
            queryParams.putAll(original.getQueryParams());
            postParams.putAll(original.getPostParams());
            headerParams.putAll(original.getHeaderParams());
            if (original.getFormParameters() != null) {
                setFormParameters(original.getFormParameters());
            }
            if (original.getContentType() != null) {
                setContentType(original.getContentType());
            }
            if (original.getBody() != null) {
                setBody(original.getBody());
            }
            if (original.getAuthStrategy() != null) {
                setAuth(original.getAuthStrategy());
            } else if (original.getUsername() != null) {
                setAuth(original.getUsername(), original.getPassword());
            }
            setUserAgentExtensions(original.getUserAgentExtensions());
        }

        private static String path(Request original) {
            try {
                return new URL(original.getUrl()).getPath();
            } catch (MalformedURLException unexpected) {
                throw new IllegalStateException("The Twilio SDK built an invalid URL: " + original.getUrl(), unexpected);
            }
        }
    }
}
