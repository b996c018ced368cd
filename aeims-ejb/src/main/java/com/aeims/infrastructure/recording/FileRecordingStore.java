package com.aeims.infrastructure.recording;

import com.aeims.application.call.RecordingStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Recordings in a directory the PBX writes to (MixMonitor's monitor directory, mounted on the application servers):
 * {@code aeims.recordings.dir} or {@code AEIMS_RECORDINGS_DIR}, by default {@code recordings} in the server's data directory. Only plain relative
 * names (letters, digits, {@code _ - . /}, no {@code ..}) that stay inside it are read or removed.
 */
@ApplicationScoped
public class FileRecordingStore implements RecordingStore {

    private static final Logger LOG = Logger.getLogger(FileRecordingStore.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]{0,299}");

    @Override
    public Optional<Stored> find(String name) {
        return path(name).filter(Files::isRegularFile).map(file -> {
            try {
                return new Stored(name, Files.size(file), mediaType(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void copy(String name, long offset, long length, OutputStream out) throws IOException {
        Path file = path(name).orElseThrow(() -> new IOException("No recording " + name));
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(offset);
            byte[] buffer = new byte[8192];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    @Override
    public void delete(String name) {
        path(name).ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "Recording " + name + " not removed: " + e.getMessage());
            }
        });
    }

    private static Optional<Path> path(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        Path root = root();
        Path file = root.resolve(name).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    static Path root() {
        String configured = System.getProperty("aeims.recordings.dir", System.getenv("AEIMS_RECORDINGS_DIR"));
        Path root = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "recordings");
        return root.toAbsolutePath().normalize();
    }

    private static String mediaType(String name) {
        String lower = name.toLowerCase();
        return lower.endsWith(".wav") ? "audio/wav" : lower.endsWith(".mp3") ? "audio/mpeg"
                : lower.endsWith(".ogg") ? "audio/ogg" : "application/octet-stream";
    }
}
