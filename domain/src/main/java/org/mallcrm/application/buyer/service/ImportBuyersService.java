package org.mallcrm.application.buyer.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.mallcrm.application.buyer.port.in.ImportBuyersUseCase;
import org.mallcrm.application.buyer.port.out.Buyers;
import org.mallcrm.application.buyer.port.out.MallBusinessTypes;
import org.mallcrm.application.buyer.port.out.PhoneTakenException;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.service.ImportCells;
import org.mallcrm.application.common.service.WholeFileImport;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.BuyerProfile;
import org.mallcrm.domain.buyer.Phone;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Imports buyers all or nothing. In one unit of work it reads every row, checks ids and phones repeated in the
 * file, compares with what is stored (unchanged, new, or an update that needs {@code --update}), checks that no
 * phone is another stored buyer's, and only when every row is good writes them. A new buyer's registration time is
 * the import's.
 */
public final class ImportBuyersService implements ImportBuyersUseCase {

    private final Buyers buyers;
    private final MallBusinessTypes businessTypes;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ImportBuyersService(Buyers buyers, MallBusinessTypes businessTypes, UnitOfWork unitOfWork, Clock clock) {
        this.buyers = buyers;
        this.businessTypes = businessTypes;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private record Parsed(int line, BuyerId id, BuyerProfile profile) {
    }

    @Override
    public ImportOutcome importBuyers(RowStream file, ImportOptions options) {
        // a rejection found after writing began (a phone taken meanwhile) rolls the writes back
        return WholeFileImport.run(file, COLUMNS, options, (rows, o) -> unitOfWork.inTransaction(
                () -> importInTransaction(rows, o), outcome -> outcome instanceof ImportOutcome.Rejected));
    }

    private ImportOutcome importInTransaction(List<ImportRow> rows, ImportOptions options) {
        SortedSet<BusinessType> types = businessTypes.all();
        List<RowError> errors = new ArrayList<>();
        Map<BuyerId, Parsed> parsed = new LinkedHashMap<>();
        Map<Phone, Parsed> phoneInFile = new HashMap<>();
        for (ImportRow row : rows) {
            Parsed p = parse(row, types, errors);
            if (p == null) {
                continue;
            }
            Parsed earlier = parsed.putIfAbsent(p.id(), p);
            if (earlier != null) {
                errors.add(ImportCells.duplicateInFile(p.line(), "buyer_id", p.id().value(), "buyer id", earlier.line()));
                continue;
            }
            Parsed samePhone = phoneInFile.putIfAbsent(p.profile().phone(), p);
            if (samePhone != null) {
                errors.add(new RowError(p.line(), "phone", p.profile().phone().value(), "phone already used by buyer "
                        + samePhone.id() + " on line " + samePhone.line(), RowError.DUPLICATE_IN_FILE,
                        List.of(String.valueOf(samePhone.line()), samePhone.id().value())));
            }
        }
        Map<BuyerId, Buyer> stored = buyers.findAll(parsed.keySet());
        Map<Phone, BuyerId> holders = buyers.holdersOf(phoneInFile.keySet());
        Instant now = clock.now();
        List<Buyer> created = new ArrayList<>();
        List<Buyer> updated = new ArrayList<>();
        int unchanged = 0;
        for (Parsed p : parsed.values()) {
            BuyerId holder = holders.get(p.profile().phone());
            if (holder != null && !holder.equals(p.id())) {
                errors.add(phoneTaken(p.line(), p.profile().phone().value(), holder.value()));
                continue;
            }
            Buyer existing = stored.get(p.id());
            if (existing == null) {
                created.add(Buyer.register(p.id(), p.profile(), now));
                continue;
            }
            List<String> differences = existing.profile().differencesFrom(p.profile());
            if (differences.isEmpty()) {
                unchanged++;
            } else if (!options.update()) {
                errors.add(ImportCells.existsDifferent(p.line(), "buyer_id", p.id().value(), "buyer",
                        String.join(", ", differences)));
            } else {
                updated.add(existing.withProfile(p.profile()));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportOutcome.Rejected(errors);
        }
        if (!options.dryRun()) {
            try {
                buyers.insert(created);
                buyers.update(updated);
            } catch (PhoneTakenException e) {
                Parsed p = phoneInFile.get(e.phone());
                return new ImportOutcome.Rejected(List.of(phoneTaken(p == null ? 0 : p.line(),
                        e.phone() == null ? "" : e.phone().value(),
                        e.holder() == null ? null : e.holder().value())));
            }
        }
        return new ImportOutcome.Imported(created.size(), updated.size(), unchanged, options.dryRun());
    }

    /** Reads one row; adds an error for each bad column and returns null when any is bad. */
    private static Parsed parse(ImportRow row, SortedSet<BusinessType> types, List<RowError> errors) {
        int before = errors.size();
        BuyerId id = ImportCells.required(row, "buyer_id", errors, BuyerId::of);
        String name = ImportCells.required(row, "name", errors, ProfileFields::name);
        Phone phone = ImportCells.required(row, "phone", errors, ProfileFields::phone);
        BusinessType category = ImportCells.optional(row, "main_category", errors,
                v -> ProfileFields.category(v, types));
        Province province = ImportCells.optional(row, "province", errors, ProfileFields::province);
        TransportMode mode = ImportCells.optional(row, "transport_mode", errors, ProfileFields::transportMode);
        if (errors.size() > before) {
            return null;
        }
        return new Parsed(row.line(), id, new BuyerProfile(name, phone, Optional.ofNullable(category),
                Optional.ofNullable(province), Optional.ofNullable(mode)));
    }

    /** The phone is {@code holder}'s (null: another buyer's, found only as the rows were written). */
    private static RowError phoneTaken(int line, String phone, String holder) {
        return new RowError(line, "phone", phone, "phone already used by " + (holder == null ? "another buyer"
                : "buyer " + holder), RowError.PHONE_TAKEN, holder == null ? List.of() : List.of(holder));
    }
}
