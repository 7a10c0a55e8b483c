package org.mallcrm.domain.channel;

/** A channel (渠道): an operator that brings buyers to the mall, mostly by tour coach. */
public record Channel(ChannelCode code, String name) {

    public Channel {
        if (code == null) {
            throw new IllegalArgumentException("a channel needs its code");
        }
        name = Texts.require(name, "channel name", 100);
    }
}
