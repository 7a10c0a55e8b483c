package org.mallcrm.domain.receipt;

import java.util.Objects;
import org.mallcrm.domain.money.Money;

/**
 * Money that came onto a lease's account other than by its receipts, and money that left it other than to its
 * charges. With the receipts, the postings and the credit held they close the account's books:
 * {@code receipts + offsetsIn = postings + credit + refunded + toDamages + carriedOut}.
 *
 * @param offsetsIn  put on installments from elsewhere: earnest money on signing, the security deposit at exit, a
 *                   relocation's carry-over from the old lease
 * @param refunded   credit paid back to the merchant (at exit; on relocation, released money the new lease could not
 *                   take)
 * @param toDamages  credit kept at exit for damages
 * @param carriedOut paid-ahead money a relocation moved to the new lease
 */
public record AccountTransfers(Money offsetsIn, Money refunded, Money toDamages, Money carriedOut) {

    public static final AccountTransfers NONE = new AccountTransfers(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public AccountTransfers {
        for (Money m : new Money[] {offsetsIn, refunded, toDamages, carriedOut}) {
            Objects.requireNonNull(m, "account transfer");
            if (m.isNegative()) {
                throw new IllegalArgumentException("account transfers are never negative");
            }
        }
    }

    public AccountTransfers plusOffsetIn(Money m) {
        return new AccountTransfers(offsetsIn.plus(m), refunded, toDamages, carriedOut);
    }

    public AccountTransfers plusRefunded(Money m) {
        return new AccountTransfers(offsetsIn, refunded.plus(m), toDamages, carriedOut);
    }

    public AccountTransfers plusToDamages(Money m) {
        return new AccountTransfers(offsetsIn, refunded, toDamages.plus(m), carriedOut);
    }

    public AccountTransfers plusCarriedOut(Money m) {
        return new AccountTransfers(offsetsIn, refunded, toDamages, carriedOut.plus(m));
    }

    /** Everything that left the account other than to its charges. */
    public Money paidOut() {
        return refunded.plus(toDamages).plus(carriedOut);
    }
}
