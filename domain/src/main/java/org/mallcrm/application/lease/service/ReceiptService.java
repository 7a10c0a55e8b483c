package org.mallcrm.application.lease.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.service.ImportCells;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.service.Bounds;
import org.mallcrm.application.common.service.WholeFileImport;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.receipt.Receipt;
import org.mallcrm.domain.receipt.ReceiptAllocation;
import org.mallcrm.domain.receipt.ReceiptOutcome;

/** Records receipts one at a time or from a file (all or nothing), idempotent by receipt number. */
public final class ReceiptService implements ReceiptUseCases {

    private final Leases leases;
    private final CurrentSettings settings;
    private final UnitOfWork unitOfWork;

    public ReceiptService(Leases leases, CurrentSettings settings, UnitOfWork unitOfWork) {
        this.leases = leases;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
    }

    /** What recording one receipt did: a new allocation, a replay of the first, or why not. */
    private sealed interface Step permits New, Replay, Failed {
    }

    private record New(ReceiptAllocation allocation) implements Step {
    }

    private record Replay(ReceiptAllocation allocation) implements Step {
    }

    private record Failed(Outcome<ReceiptAllocation> outcome) implements Step {
    }

    @Override
    public Outcome<ReceiptAllocation> record(RecordReceipt c) {
        if (c.amount() == null || !c.amount().isPositive()) {
            return Outcome.invalid("amount", String.valueOf(c.amount()), "a receipt is a positive amount");
        }
        Outcome<ReceiptAllocation> outOfBounds = Bounds.check().amount("amount", c.amount()).date("on", c.on())
                .outcome();
        if (outOfBounds != null) {
            return outOfBounds;
        }
        if (c.method() != null && !c.method().isBlank()) {
            try {
                Texts.requireName(c.method(), "method", 40);
            } catch (IllegalArgumentException e) {
                return Outcome.invalid("method", c.method(), e.getMessage());
            }
        }
        return unitOfWork.inTransaction(() -> switch (recordInTransaction(c)) {
            case New n -> Outcome.done(n.allocation());
            case Replay r -> Outcome.done(r.allocation());
            case Failed f -> f.outcome();
        }, o -> !o.isDone());
    }

    private Step recordInTransaction(RecordReceipt c) {
        return recordInTransaction(c, true, leases::find, leases::update, settings.current());
    }

    /**
     * Records one receipt on the lease {@code lookup} gives, handing the changed lease to {@code store}.
     *
     * @param maybeRecorded false when the caller knows the receipt number is not recorded yet
     */
    private Step recordInTransaction(RecordReceipt c, boolean maybeRecorded,
            java.util.function.Function<LeaseNo, Optional<LeaseRecord>> lookup,
            java.util.function.Consumer<LeaseRecord> store, org.mallcrm.domain.settings.MallSettings mall) {
        if (c.receiptNo() != null && maybeRecorded) {
            Optional<Leases.StoredReceipt> stored = leases.findReceipt(c.receiptNo().strip());
            if (stored.isPresent()) {
                Receipt r = stored.get().receipt();
                // a retry that does not say the method does not contradict the one recorded; another method does
                String method = c.method() == null ? "" : c.method().strip();
                if (r.leaseNo().equals(c.leaseNo()) && r.amount().equals(c.amount())
                        && r.receivedOn().equals(c.on()) && (method.isEmpty() || r.method().equals(method))) {
                    return new Replay(stored.get().allocation());
                }
                return new Failed(Outcome.refused("receipt-exists", "receipt " + r.receiptNo() + " is already recorded for lease "
                        + r.leaseNo() + ": " + r.amount() + " on " + r.receivedOn()
                        + (r.method().isEmpty() ? "" : " by " + r.method())
                        + "; a recorded receipt is never changed (its money is allocated), record a correction"));
            }
        }
        Optional<LeaseRecord> found = lookup.apply(c.leaseNo());
        if (found.isEmpty()) {
            return new Failed(Outcome.notFound("lease " + c.leaseNo()));
        }
        LeaseRecord record = found.get();
        if (record.terminatedOn() != null) {
            var policy = mall.leasingPolicy();
            Money owed = record.account().owedOn(record.terminatedOn(), c.on(), policy.schedule(), policy.receipts());
            if (!owed.isPositive()) {
                return new Failed(Outcome.refused("lease-ended", "lease " + c.leaseNo() + " ended on "
                        + record.terminatedOn() + " (TERMINATED) and owes nothing; it takes no more receipts"));
            }
            if (c.amount().isGreaterThan(owed)) {
                return new Failed(Outcome.refused("receipt-over-owed", "lease " + c.leaseNo() + " ended on "
                        + record.terminatedOn() + " (TERMINATED) and still owes " + owed + " on " + c.on() + "; a receipt of " + c.amount()
                        + " would leave credit on an ended lease"));
            }
        }
        String no = c.receiptNo() != null ? c.receiptNo().strip()
                : "R-" + c.leaseNo().value() + "-" + (record.account().receipts().size() + 1);
        Receipt receipt;
        try {
            receipt = new Receipt(no, c.leaseNo(), c.on(), c.amount(), c.method());
        } catch (IllegalArgumentException e) {
            return new Failed(Outcome.invalid("receipt_no", no, e.getMessage()));
        }
        return switch (record.account().receive(receipt, mall.receiptPolicy())) {
            case ReceiptOutcome.Refused r -> new Failed(Outcome.refused("receipt-refused", r.reason()));
            case ReceiptOutcome.Recorded r -> {
                store.accept(record.withAccount(r.account()));
                yield new New(r.allocation());
            }
        };
    }

    @Override
    public org.mallcrm.application.common.port.in.Page<Receipt> list(LeaseNo lease, String cursor, int limit) {
        List<Receipt> rows = leases.receipts(lease, cursor == null || cursor.isBlank() ? null : cursor, limit + 1);
        boolean more = rows.size() > limit;
        List<Receipt> page = more ? rows.subList(0, limit) : rows;
        return new org.mallcrm.application.common.port.in.Page<>(page,
                more ? page.get(page.size() - 1).receiptNo() : null);
    }

    @Override
    public Optional<Leases.StoredReceipt> find(String receiptNo) {
        return leases.findReceipt(receiptNo);
    }

    @Override
    public ImportOutcome importReceipts(RowStream file, ImportOptions options) {
        return WholeFileImport.run(file, COLUMNS, options, this::importRows);
    }

    /**
     * The rows in file order, in one transaction, in bulk: every lease the file names is read once, its receipts are
     * allocated one after the other in memory exactly as one by one, and every lease that changed is written once.
     */
    private ImportOutcome importRows(List<ImportRow> rows, ImportOptions options) {
        return unitOfWork.inTransaction(() -> {
            List<RowError> errors = new ArrayList<>();
            Map<String, Integer> lineOf = new HashMap<>();
            List<RecordReceipt> parsed = new ArrayList<>(rows.size());
            List<Integer> lines = new ArrayList<>(rows.size());
            for (ImportRow row : rows) {
                RecordReceipt c = parse(row, errors);
                if (c == null) {
                    continue;
                }
                Integer earlier = lineOf.putIfAbsent(c.receiptNo(), row.line());
                if (earlier != null) {
                    errors.add(ImportCells.duplicateInFile(row.line(), "receipt_no", c.receiptNo(), "receipt number",
                            earlier));
                    continue;
                }
                parsed.add(c);
                lines.add(row.line());
            }
            java.util.Set<String> recorded = leases.recordedReceiptNos(
                    parsed.stream().map(c -> c.receiptNo().strip()).toList());
            Map<LeaseNo, LeaseRecord> loaded = new HashMap<>(leases.findAll(
                    parsed.stream().map(RecordReceipt::leaseNo).distinct().toList()));
            Map<LeaseNo, LeaseRecord> changed = new java.util.LinkedHashMap<>();
            var mall = settings.current();
            int created = 0;
            int unchanged = 0;
            for (int k = 0; k < parsed.size(); k++) {
                RecordReceipt c = parsed.get(k);
                Step step = recordInTransaction(c, recorded.contains(c.receiptNo().strip()),
                        no -> Optional.ofNullable(loaded.get(no)), r -> {
                            LeaseNo no = r.account().lease().leaseNo();
                            loaded.put(no, r);
                            changed.put(no, r);
                        }, mall);
                switch (step) {
                    case New n -> created++;
                    case Replay r -> unchanged++;
                    case Failed f -> errors.add(failed(lines.get(k), c, f.outcome()));
                }
            }
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparingInt(RowError::line)); // stable: a line's errors keep their order
                return new ImportOutcome.Rejected(errors);
            }
            leases.updateAll(new ArrayList<>(changed.values()));
            return new ImportOutcome.Imported(created, 0, unchanged, options.dryRun());
        }, o -> o instanceof ImportOutcome.Rejected || options.dryRun());
    }

    /** A receipt the lease account refused, as the file's row error: the use case's own code and words. */
    private static RowError failed(int line, RecordReceipt c, Outcome<?> o) {
        return switch (o) {
            case Outcome.NotFound<?> n -> new RowError(line, "lease_no", "", n.what() + " not found",
                    RowError.NOT_FOUND, List.of(c.leaseNo().value()));
            case Outcome.Invalid<?> i -> {
                RowError e = i.errors().get(0);
                yield new RowError(line, e.column(), "", e.reason(), e.code(), e.args());
            }
            case Outcome.Refused<?> r -> new RowError(line, "", "", r.reason(), r.code(), List.of());
            case Outcome.Done<?> d -> throw new IllegalStateException("a done receipt is not a failure");
        };
    }

    private static RecordReceipt parse(ImportRow row, List<RowError> errors) {
        int before = errors.size();
        String no = row.get("receipt_no");
        if (no.isEmpty()) {
            errors.add(ImportCells.missing(row.line(), "receipt_no"));
        }
        LeaseNo lease = null;
        try {
            lease = LeaseNo.of(row.get("lease_no"));
        } catch (IllegalArgumentException e) {
            errors.add(ImportCells.badValue(row.line(), "lease_no", row.get("lease_no"), e.getMessage()));
        }
        LocalDate on = null;
        try {
            on = Limits.date(LeaseSpecs.date(row.get("received_on")), "received_on");
        } catch (IllegalArgumentException e) {
            errors.add(ImportCells.badValue(row.line(), "received_on", row.get("received_on"), e.getMessage()));
        }
        Money amount = null;
        try {
            amount = Money.parse(row.get("amount"));
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a receipt is a positive amount");
            }
            Limits.amount(amount, "amount");
        } catch (IllegalArgumentException e) {
            errors.add(ImportCells.badValue(row.line(), "amount", row.get("amount"), e.getMessage()));
        }
        String method = row.get("method");
        if (!method.isEmpty()) {
            try {
                Texts.requireName(method, "method", 40);
            } catch (IllegalArgumentException e) {
                errors.add(ImportCells.badValue(row.line(), "method", method, e.getMessage()));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new RecordReceipt(lease, amount, on, method, no);
    }
}
