package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The synthesized chime: the right length and loudness, no clicks, and the two notes it promises. */
class ChimeTest {
    private final double[] s = Chime.samples();

    @Test
    void samples_lastAboutHalfASecond_atAQuietPeak() {
        assertThat(s.length / (double) Chime.SAMPLE_RATE).isEqualTo(Chime.LENGTH, org.assertj.core.data.Offset.offset(0.001));
        double peak = 0;
        for (double v : s) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertThat(peak).isEqualTo(Chime.PEAK, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void samples_startAndEndInSilence_soThereIsNoClick() {
        assertThat(Math.abs(s[0])).isLessThan(0.001);
        assertThat(Math.abs(s[s.length - 1])).isLessThan(0.001);
    }

    @Test
    void samples_firstTheLowNote_thenTheHighOne() {
        int early = (int) (0.01 * Chime.SAMPLE_RATE);
        int window = (int) (0.08 * Chime.SAMPLE_RATE);
        int late = (int) (0.2 * Chime.SAMPLE_RATE);

        assertThat(power(early, window, Chime.FIRST_HZ)).as("A5 at the start")
                .isGreaterThan(20 * power(early, window, Chime.SECOND_HZ));
        assertThat(power(late, window, Chime.SECOND_HZ)).as("E6 later")
                .isGreaterThan(5 * power(late, window, Chime.FIRST_HZ));
    }

    @Test
    void pcm_isSixteenBitLittleEndianOfTheSamples() {
        byte[] pcm = Chime.pcm();
        int i = s.length / 3;

        assertThat(pcm).hasSize(s.length * 2);
        short v = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        assertThat(v).isEqualTo((short) Math.round(s[i] * Short.MAX_VALUE));
        assertThat(Chime.FORMAT.getSampleSizeInBits()).isEqualTo(16);
        assertThat(Chime.FORMAT.isBigEndian()).isFalse();
    }

    /** Goertzel: the power of one frequency in a stretch of the samples. */
    private double power(int from, int length, double hz) {
        double k = 2 * Math.cos(2 * Math.PI * hz / Chime.SAMPLE_RATE);
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < from + length; i++) {
            double x = s[i] + k * s1 - s2;
            s2 = s1;
            s1 = x;
        }
        return s1 * s1 + s2 * s2 - k * s1 * s2;
    }
}
