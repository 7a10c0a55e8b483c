package org.mallcrm.application.lease.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.stall.StallNo;

/** Earnest money (订金/定金) as stored. Writes happen inside a unit of work. */
public interface EarnestMonies {

    Optional<EarnestMoney> find(String depositNo);

    /** Every earnest money naming any of the stalls, whatever its status. */
    List<EarnestMoney> onStalls(Collection<StallNo> stalls);

    /** Held earnest money whose lock ended before {@code asOf}. */
    List<EarnestMoney> lapsed(LocalDate asOf);

    /** Deposit numbers with a number greater than {@code after} (null: from the start), by number. */
    List<EarnestMoney> list(String after, int limit);

    /** The next free number of the form {@code D-000001}. */
    String nextNumber();

    /**
     * Stores new earnest money; while it is held it locks its stalls.
     *
     * @throws StallLockedException when another live hold locks one of its stalls (the store enforces it)
     */
    void insert(EarnestMoney money);

    /** Stores a new state; the lock is live only while the status is HELD. */
    void update(EarnestMoney money);
}
