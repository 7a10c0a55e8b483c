package org.mallcrm.domain.channel;

import java.util.Map;
import java.util.TreeMap;

/**
 * The mall's commission rules: a default policy, and per channel a policy that overrides it. The JSON form
 * ({@code {"default": {...}, "channels": {"CODE": {...}}}}) lets a channel give only some keys; the adapter
 * resolves those over the default with the {@code with…} methods of {@link CommissionPolicy}.
 */
public record CommissionRules(CommissionPolicy defaults, Map<ChannelCode, CommissionPolicy> channels) {

    /** The rules' own defaults (a new mall starts with them through its settings). */
    public static final CommissionRules DEFAULT = new CommissionRules(CommissionPolicy.DEFAULT, Map.of());

    public CommissionRules {
        if (defaults == null) {
            throw new IllegalArgumentException("the default commission policy is missing");
        }
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    public static CommissionRules of(CommissionPolicy defaults) {
        return new CommissionRules(defaults, Map.of());
    }

    public CommissionPolicy policyFor(ChannelCode channel) {
        return channels.getOrDefault(channel, defaults);
    }

    /**
     * The same rules over another default policy (the mall's default as set now): what each channel set itself stays,
     * the rest follows the new default (see {@link CommissionPolicy#rebase}).
     */
    public CommissionRules rebasedOnto(CommissionPolicy newDefaults) {
        Map<ChannelCode, CommissionPolicy> m = new TreeMap<>();
        channels.forEach((code, p) -> m.put(code, p.rebase(defaults, newDefaults)));
        return new CommissionRules(newDefaults, m);
    }

    public CommissionRules withChannel(ChannelCode channel, CommissionPolicy policy) {
        Map<ChannelCode, CommissionPolicy> m = new TreeMap<>(channels);
        m.put(channel, policy);
        return new CommissionRules(defaults, m);
    }
}
