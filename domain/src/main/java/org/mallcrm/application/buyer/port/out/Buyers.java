package org.mallcrm.application.buyer.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Phone;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.stall.BusinessType;

/**
 * The mall's registered buyers (下游客户), as stored. Writes happen inside a unit of work. A phone belongs to at most
 * one buyer of the mall: the store keeps that true under concurrent writers (a unique index), and a write that
 * would break it fails with {@link PhoneTakenException}, writing nothing.
 */
public interface Buyers {

    Optional<Buyer> find(BuyerId id);

    /** The registered buyers among {@code ids}, by id. */
    Map<BuyerId, Buyer> findAll(Collection<BuyerId> ids);

    /** Who holds each of these phones (phones nobody holds are left out). */
    Map<Phone, BuyerId> holdersOf(Collection<Phone> phones);

    /**
     * Registered buyers matching the filter with an id greater than {@code after} (null: from the start), in id
     * order (binary, as {@link String#compareTo}).
     */
    List<Buyer> list(ProfileFilter filter, BuyerId after, int limit);

    /**
     * Adds new buyers (their ids must not be registered yet; anonymous buyers, known only from scans, are new here).
     *
     * @throws PhoneTakenException when one of the phones is another buyer's
     */
    void insert(Collection<Buyer> buyers);

    /**
     * Replaces stored buyers' profiles by id (the registration time stays).
     *
     * @throws PhoneTakenException when one of the phones is another buyer's
     */
    void update(Collection<Buyer> buyers);

    /** Which buyers a list shows by their profile; an empty part matches all. */
    record ProfileFilter(Optional<Province> province, Optional<BusinessType> category) {

        public static final ProfileFilter ALL = new ProfileFilter(Optional.empty(), Optional.empty());

        public boolean matches(Buyer b) {
            return province.map(p -> b.profile().province().equals(Optional.of(p))).orElse(true)
                    && category.map(c -> b.profile().mainCategory().equals(Optional.of(c))).orElse(true);
        }
    }
}
