package org.mallcrm.application.merchant.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The mall's merchant register, as stored: the merchant's facts, contacts and stage history. Writes happen inside a
 * unit of work. Follow-ups, credit and requests keep their own repositories.
 */
public interface Merchants {

    Optional<Merchant> find(MerchantNo no);

    /** The stored merchants among {@code nos}, by number. */
    Map<MerchantNo, Merchant> findAll(Collection<MerchantNo> nos);

    /** Merchants with a number greater than {@code after} (null: from the start), by number. */
    List<Merchant> list(MerchantNo after, int limit);

    /** Adds new merchants (their numbers must not exist yet). */
    void insert(Collection<Merchant> merchants);

    /** Replaces stored merchants by number: facts, contacts and stage history. */
    void update(Collection<Merchant> merchants);
}
