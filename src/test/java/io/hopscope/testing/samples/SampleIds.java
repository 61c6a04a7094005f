package io.hopscope.testing.samples;

/**
 * AWS-style ids for one sample: the kind prefix, then 17 hex digits as EC2 writes them. The digits
 * carry the sample number, so two samples opened side by side never share an id
 * ({@code new SampleIds(0).of("vpc-", 1)} is {@code vpc-0a1b2c3d4e5f60001}).
 */
record SampleIds(int sample) {

    private static final String STEM = "0a1b2c3d4e5f6";

    SampleIds {
        if (sample < 0 || sample > 99) {
            throw new IllegalArgumentException("sample number must be 0-99: " + sample);
        }
    }

    String of(String prefix, int serial) {
        if (serial < 1 || serial > 0xFF) {
            throw new IllegalArgumentException("serial must be 1-255: " + serial);
        }
        return prefix + STEM + String.format("%02d%02x", sample, serial);
    }
}
