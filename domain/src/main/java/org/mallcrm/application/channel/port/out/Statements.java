package org.mallcrm.application.channel.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.channel.Adjustment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.StatementTotals;

/**
 * Closed commission statements (drafts are never stored: they are recomputed) and the adjustments that
 * correct them, each posted on a later month's statement.
 */
public interface Statements {

    Optional<ClosedStatement> findClosed(ChannelCode channel, YearMonth month);

    /** Closed statements (of one channel, or all), by channel then month. */
    List<ClosedStatement> listClosed(Optional<ChannelCode> channel);

    /** The totals of the month's closed statements (lines and heads are not read), by channel. */
    List<StatementTotals> closedTotalsOf(YearMonth month);

    /** Stores a closed statement with its lines and every traced head; it must not be stored yet. */
    void insertClosed(ClosedStatement statement);

    /** Adjustments posted on a channel's month's statement. */
    List<Adjustment> postedOn(ChannelCode channel, YearMonth month);

    /** Adjustments correcting a channel's closed month, wherever they were posted. */
    List<Adjustment> correcting(ChannelCode channel, YearMonth correctedMonth);

    /** Stores adjustments, posted on {@code postedMonth}'s statement. */
    void insertAdjustments(YearMonth postedMonth, List<Adjustment> adjustments);
}
