package org.mallcrm.domain.channel;

import org.mallcrm.domain.common.Identifiers;

/**
 * A channel operator's code (渠道编号), e.g. {@code CH-007}: the key of per-channel commission rules and of
 * monthly statements. Not the QR code of a trip (that is the trip's {@link ScanCode}).
 */
public record ChannelCode(String value) implements Comparable<ChannelCode> {

    public ChannelCode {
        value = Identifiers.require(value, "channel");
    }

    public static ChannelCode of(String value) {
        return new ChannelCode(value);
    }

    @Override
    public int compareTo(ChannelCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
