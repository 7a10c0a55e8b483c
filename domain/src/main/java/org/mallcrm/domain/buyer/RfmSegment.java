package org.mallcrm.domain.buyer;

import java.util.Locale;

/** The eight RFM segments (客户分层), by whether recency, frequency and monetary value are high. */
public enum RfmSegment {
    IMPORTANT_VALUE(true, true, true, "重要价值客户"),
    IMPORTANT_DEVELOP(true, false, true, "重要发展客户"),
    IMPORTANT_RETAIN(false, true, true, "重要保持客户"),
    IMPORTANT_WINBACK(false, false, true, "重要挽留客户"),
    GENERAL_VALUE(true, true, false, "一般价值客户"),
    GENERAL_DEVELOP(true, false, false, "一般发展客户"),
    GENERAL_RETAIN(false, true, false, "一般保持客户"),
    GENERAL_WINBACK(false, false, false, "一般挽留客户");

    private final boolean recent;
    private final boolean frequent;
    private final boolean valuable;
    private final String label;

    RfmSegment(boolean recent, boolean frequent, boolean valuable, String label) {
        this.recent = recent;
        this.frequent = frequent;
        this.valuable = valuable;
        this.label = label;
    }

    /** The segments by their three bits (R 4, F 2, M 1): {@link #of} is called once a buyer, 100,000 times a run. */
    private static final RfmSegment[] BY_BITS = new RfmSegment[8];

    static {
        for (RfmSegment s : values()) {
            BY_BITS[bits(s.recent, s.frequent, s.valuable)] = s;
        }
        for (RfmSegment s : BY_BITS) {
            if (s == null) {
                throw new AssertionError("all eight combinations have a segment");
            }
        }
    }

    private static int bits(boolean r, boolean f, boolean m) {
        return (r ? 4 : 0) | (f ? 2 : 0) | (m ? 1 : 0);
    }

    /** The segment of high (true) or low R, F and M. */
    public static RfmSegment of(boolean r, boolean f, boolean m) {
        return BY_BITS[bits(r, f, m)];
    }

    /** The Chinese name: 重要价值客户 …. */
    public String label() {
        return label;
    }

    public boolean recencyHigh() {
        return recent;
    }

    public boolean frequencyHigh() {
        return frequent;
    }

    public boolean monetaryHigh() {
        return valuable;
    }

    /** The code ({@code IMPORTANT_VALUE}, any case) or the Chinese name (重要价值客户, or 重要价值). */
    public static RfmSegment parse(String text) {
        if (text != null) {
            String s = text.strip();
            for (RfmSegment seg : values()) {
                if (seg.name().equals(s.toUpperCase(Locale.ROOT).replace('-', '_')) || seg.label.equals(s)
                        || seg.label.equals(s + "客户")) {
                    return seg;
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an RFM segment (IMPORTANT_VALUE, IMPORTANT_DEVELOP, "
                + "IMPORTANT_RETAIN, IMPORTANT_WINBACK, GENERAL_VALUE, GENERAL_DEVELOP, GENERAL_RETAIN, GENERAL_WINBACK)");
    }
}
