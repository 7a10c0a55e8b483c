package org.mallcrm.domain.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Which registered buyers a campaign is for (目标人群). Empty lists throughout: every registered buyer. Otherwise a
 * buyer is in the audience when, for each list that is given, its value is one of the list's: provinces, main
 * categories, RFM segments, first channels (within a list any one matches; across lists all must). A buyer without
 * a value (no province given, no segment …) is not matched by a list of that kind.
 */
public record Audience(SortedSet<Province> provinces, SortedSet<BusinessType> categories,
        SortedSet<RfmSegment> segments, SortedSet<ChannelCode> channels) {

    public static final Audience EVERYONE = new Audience(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
            new TreeSet<>());

    public Audience {
        provinces = Collections.unmodifiableSortedSet(new TreeSet<>(provinces));
        categories = Collections.unmodifiableSortedSet(new TreeSet<>(categories));
        segments = Collections.unmodifiableSortedSet(new TreeSet<>(segments));
        channels = Collections.unmodifiableSortedSet(new TreeSet<>(channels));
    }

    public static Audience of(Set<Province> provinces, Set<BusinessType> categories, Set<RfmSegment> segments,
            Set<ChannelCode> channels) {
        return new Audience(new TreeSet<>(provinces), new TreeSet<>(categories), new TreeSet<>(segments),
                new TreeSet<>(channels));
    }

    /** Every registered buyer. */
    public boolean isEveryone() {
        return provinces.isEmpty() && categories.isEmpty() && segments.isEmpty() && channels.isEmpty();
    }

    /** Whether deciding needs the buyer's RFM segment (computing it is the costly part). */
    public boolean needsSegment() {
        return !segments.isEmpty();
    }

    /** Whether deciding needs the buyer's first channel. */
    public boolean needsChannel() {
        return !channels.isEmpty();
    }

    /** Empty when the buyer is in the audience; otherwise which list it misses, for the refusal's detail. */
    public Optional<String> excludes(BuyerTraits b) {
        List<String> missed = new ArrayList<>();
        if (!provinces.isEmpty() && !b.province().map(provinces::contains).orElse(false)) {
            missed.add("province " + b.province().map(Province::fullName).orElse("(none)"));
        }
        if (!categories.isEmpty() && !b.category().map(categories::contains).orElse(false)) {
            missed.add("main category " + b.category().map(BusinessType::name).orElse("(none)"));
        }
        if (!segments.isEmpty() && !b.segment().map(segments::contains).orElse(false)) {
            missed.add("segment " + b.segment().map(RfmSegment::name).orElse("(none)"));
        }
        if (!channels.isEmpty() && !b.firstChannel().map(channels::contains).orElse(false)) {
            missed.add("first channel " + b.firstChannel().map(ChannelCode::value).orElse("(none)"));
        }
        return missed.isEmpty() ? Optional.empty()
                : Optional.of("the campaign's audience does not include " + String.join(", ", missed));
    }

    public boolean admits(BuyerTraits b) {
        return excludes(b).isEmpty();
    }
}
