package com.aeims.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No API request needs more than {@link #MAX_BYTES} of body (the longest is a mail of a few thousand characters), so
 * a larger one is refused before anything reads it: by its declared length at once, and by counting when it is sent
 * without one (reading then fails, which the API answers as a malformed body).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(ApiResponses.error(400, "BODY_TOO_LARGE",
                    "The request body is larger than " + MAX_BYTES / 1024 + " KiB"));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    private static final class Bounded extends FilterInputStream {
        private long read;

        Bounded(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            if (read > MAX_BYTES) {
                throw new IOException("request body larger than " + MAX_BYTES + " bytes");
            }
        }
    }
}
