package com.aeims.jca.asterisk.peer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * What MixMonitor leaves in the monitor directory for a recorded call, for the simulated PBX: a real WAV file (8 kHz,
 * 16-bit mono, as Asterisk records a phone call), here a tone as long as the call talked, up to a few seconds.
 */
final class RecordedAudio {

    private static final float RATE = 8000f;
    private static final int MOST_SECONDS = 4;

    private RecordedAudio() {
    }

    /** Writes the recording under {@code directory} by the name the dialplan gives it (e.g. aeims/call.wav). */
    static Path write(Path directory, String name, double talkSeconds) throws IOException {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory.normalize())) {
            throw new IOException("not inside the monitor directory: " + name);
        }
        Files.createDirectories(file.getParent());
        int samples = (int) (RATE * Math.max(1, Math.min(MOST_SECONDS, talkSeconds)));
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short sample = (short) (Math.sin(2 * Math.PI * 440 * i / RATE) * 8000);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
