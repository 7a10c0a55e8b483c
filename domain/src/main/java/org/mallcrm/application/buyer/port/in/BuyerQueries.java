package org.mallcrm.application.buyer.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.channel.ChannelCode;

/** Reading buyers: the register a page at a time, and one buyer's file. */
public interface BuyerQueries {

    int MAX_PAGE = 1000;

    /** Registered buyers in id order, filtered; {@code cursor} is the previous page's {@code nextCursor} or null. */
    Page<Buyer> list(BuyerFilter filter, String cursor, int limit);

    /**
     * One buyer: its profile when registered, its visit days, its first channel and its RFM score today.
     * Empty when the id is neither registered nor seen in a check-in.
     */
    Optional<BuyerDetails> show(BuyerId buyer);

    /**
     * @param profile empty for an anonymous buyer (seen only in scans)
     * @param rfm the buyer's RFM score as of {@code rfmAsOf} (today); empty when anonymous or without a visit in
     *        the RFM window
     */
    record BuyerDetails(BuyerId buyer, Optional<Buyer> profile, List<LocalDate> visitDays,
            Optional<ChannelCode> firstChannel, Optional<RfmScore> rfm, LocalDate rfmAsOf) {

        public BuyerDetails {
            Objects.requireNonNull(buyer, "buyer");
            visitDays = List.copyOf(visitDays);
        }

        public boolean registered() {
            return profile.isPresent();
        }

        public Optional<LocalDate> firstVisit() {
            return visitDays.isEmpty() ? Optional.empty() : Optional.of(visitDays.get(0));
        }

        public Optional<LocalDate> lastVisit() {
            return visitDays.isEmpty() ? Optional.empty() : Optional.of(visitDays.get(visitDays.size() - 1));
        }
    }
}
