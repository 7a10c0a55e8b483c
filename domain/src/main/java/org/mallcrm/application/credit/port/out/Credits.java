package org.mallcrm.application.credit.port.out;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.credit.BehaviourCatalogue;
import org.mallcrm.domain.credit.BehaviourRecord;
import org.mallcrm.domain.credit.BehaviourRecordId;
import org.mallcrm.domain.credit.CreditEvent;
import org.mallcrm.domain.credit.MerchantCredit;
import org.mallcrm.domain.credit.OverdueRule;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The mall's credit store (日常行为考核): the behaviour catalogue, every merchant's credit file with its records
 * in the order recorded, the audit trail of credit events, and the mall's overdue rule. Writes happen inside a
 * unit of work.
 */
public interface Credits {

    /** The mall's catalogue; empty until it is set. */
    BehaviourCatalogue catalogue();

    /** Replaces the catalogue as a whole (records keep the type as it was when they were made). */
    void replaceCatalogue(BehaviourCatalogue catalogue);

    /** A merchant's credit file, empty when it was never assessed. */
    Optional<MerchantCredit> find(MerchantNo merchant);

    /**
     * The credit files of these merchants that were ever assessed, each as {@link #find} gives it; a merchant never
     * assessed is not in the map. One read for a file of leases that checks each merchant.
     */
    default Map<MerchantNo, MerchantCredit> findAll(Collection<MerchantNo> merchants) {
        Map<MerchantNo, MerchantCredit> found = new HashMap<>();
        for (MerchantNo m : merchants) {
            find(m).ifPresent(c -> found.put(m, c));
        }
        return found;
    }

    /** Whose file holds the record. */
    Optional<MerchantNo> merchantOf(BehaviourRecordId record);

    /** Opens a merchant's file (no record yet); does nothing when it exists. */
    void open(MerchantNo merchant, LocalDate assessedSince);

    /** Adds a new record to its merchant's file (the file must be open). */
    void insertRecord(BehaviourRecord record);

    /** Stores a record's new appeal state. */
    void updateRecord(BehaviourRecord record);

    /** The next free record id of the form {@code CR-000001}. */
    BehaviourRecordId nextRecordId();

    /** Appends an audit event. */
    void append(CreditEvent event);

    /** A merchant's stored events, oldest first. */
    List<CreditEvent> events(MerchantNo merchant);

    /** The automatic overdue record rule (off by default). */
    OverdueRule overdueRule();

    void setOverdueRule(OverdueRule rule);
}
