package com.aeims.application.call;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Where the PBX's call recordings are kept, by the name the PBX reported (e.g. {@code aeims/<call>.wav}). Names that
 * could reach outside the store are never found.
 */
public interface RecordingStore {

    /** A stored recording: its length in bytes and its media type. */
    record Stored(String name, long size, String mediaType) {
    }

    Optional<Stored> find(String name);

    /** Writes {@code length} bytes of the recording from {@code offset} on. */
    void copy(String name, long offset, long length, OutputStream out) throws IOException;

    /** Removes the recording; one already gone is no error. */
    void delete(String name);
}
