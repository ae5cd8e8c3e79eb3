package dev.parley.client.notify;

import javax.sound.sampled.AudioFormat;

/**
 * The notification sound, synthesized instead of shipped (no sound file of unknown licence):
 * two soft bell-like tones a fifth apart, A5 then E6, the second starting while the first
 * fades, about 0.45 s in all. Each tone is a sine with a little of its octave, a 6 ms attack
 * (no click) and an exponential decay; the whole is scaled to a quiet peak (-8 dBFS) and ends in
 * silence. 16-bit signed little-endian mono PCM at 44.1 kHz, which every Java Sound mixer takes.
 */
public final class Chime {
    public static final float SAMPLE_RATE = 44_100f;
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    static final double FIRST_HZ = 880.0;
    static final double SECOND_HZ = 1318.51;
    static final double SECOND_START = 0.11;
    static final double LENGTH = 0.45;
    static final double PEAK = 0.4;
    private static final double ATTACK = 0.006;
    private static final double DECAY = 0.09;
    private static final double FADE_OUT = 0.03;

    private Chime() {
    }

    /** The samples as floats in [-1, 1]. */
    static double[] samples() {
        int n = (int) Math.round(LENGTH * SAMPLE_RATE);
        double[] out = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            double t = i / (double) SAMPLE_RATE;
            double v = tone(t, FIRST_HZ) + 0.85 * tone(t - SECOND_START, SECOND_HZ);
            // A short fade at the very end, so the last sample is silence whatever the decay left.
            double tail = LENGTH - t;
            if (tail < FADE_OUT) {
                v *= tail / FADE_OUT;
            }
            out[i] = v;
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < n; i++) {
            out[i] = out[i] / max * PEAK;
        }
        return out;
    }

    /** The chime as PCM bytes in {@link #FORMAT}. */
    public static byte[] pcm() {
        double[] s = samples();
        byte[] out = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            int v = (int) Math.round(s[i] * Short.MAX_VALUE);
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }

    private static double tone(double t, double hz) {
        if (t < 0) {
            return 0;
        }
        double envelope = Math.min(1, t / ATTACK) * Math.exp(-t / DECAY);
        return envelope * (Math.sin(2 * Math.PI * hz * t) + 0.2 * Math.sin(4 * Math.PI * hz * t));
    }
}
