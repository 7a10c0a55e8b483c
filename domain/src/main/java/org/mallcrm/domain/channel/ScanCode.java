package org.mallcrm.domain.channel;

/**
 * The text of a QR code a buyer scans: a trip's channel code (渠道码, one per trip) or a gate's check-in code
 * (签到码). Any printable text up to 200 characters (it may be a URL).
 */
public record ScanCode(String value) {

    public ScanCode {
        value = Texts.require(value, "code", 200);
    }

    public static ScanCode of(String value) {
        return new ScanCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
