package org.mallcrm.application.channel.port.in;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.channel.Adjustment;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CloseOutcome;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.CommissionStatement;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.StatementLine;
import org.mallcrm.domain.channel.StatementStatus;
import org.mallcrm.domain.channel.StatementTotals;
import org.mallcrm.domain.channel.TripNo;

/**
 * Monthly commission statements (佣金结算单) per channel: a draft is recomputed from the scans whenever asked for;
 * closing stores it, and it never changes again. Heads later found fraudulent are revoked by a correction whose
 * adjustments post on the next statement that is still open.
 */
public interface StatementUseCases {

    /** The channel's statement for the month: the closed one, or a draft computed now. */
    CommissionStatement statement(ChannelCode channel, YearMonth month);

    /**
     * The month's statement of every channel that has one: closed, or a draft of the channels whose trips arrived in
     * the month; by channel. Each is what {@link #statement} answers, the drafts all from one reconciliation.
     */
    List<CommissionStatement> statementsOf(YearMonth month);

    /**
     * The totals of {@link #statementsOf}'s statements, figure for figure, without their lines and traced heads: a
     * closed statement's are read as stored, and the month is reconciled (untraced) only when a channel whose trips
     * arrived in it has no closed statement yet.
     */
    List<StatementTotals> totalsOf(YearMonth month);

    /** Closes the month's statement (computing the draft first); a closed one stays as it was. */
    CloseOutcome close(ChannelCode channel, YearMonth month);

    /** The statement line of a trip, with every valid head traced to its two scans; empty for an unknown trip. */
    Optional<TripLine> line(TripNo trip);

    /** A trip's line and whether it comes from a closed statement or a draft. */
    record TripLine(StatementLine line, StatementStatus status) {
    }

    /** Closed statements of one channel, or of all. */
    List<ClosedStatement> closed(Optional<ChannelCode> channel);

    /** Revokes heads of a closed statement; the adjustments post on the channel's next open month. */
    CorrectionResult correct(ChannelCode channel, YearMonth month, Collection<HeadKey> heads, String reason);

    /** The outcome of a correction. */
    sealed interface CorrectionResult {

        /** Adjustments made, posted on {@code postedOn}'s statement. */
        record Posted(YearMonth postedOn, List<Adjustment> adjustments) implements CorrectionResult {
        }

        /** Refused, and why (the statement is not closed, or heads cannot be revoked). */
        record Refused(String reason) implements CorrectionResult {
        }
    }
}
