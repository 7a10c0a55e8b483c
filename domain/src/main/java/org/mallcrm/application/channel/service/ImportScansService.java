package org.mallcrm.application.channel.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mallcrm.application.channel.port.in.ImportScansUseCase;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.common.service.ImportCells;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.ChannelRows;
import org.mallcrm.domain.channel.FieldError;
import org.mallcrm.domain.channel.RowOutcome;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;

/**
 * Streams a scan file into the store inside one unit of work: each row is checked and written at once (in batches),
 * bad rows are reported as they are found, and at the end the transaction commits only when every row was good
 * (and this is no dry run); otherwise it rolls back and nothing was written. A whole-file problem the reader finds
 * part-way (bytes that are not UTF-8, broken quoting) ends the unit of work the same way. Memory stays constant: no
 * row is kept.
 */
public final class ImportScansService implements ImportScansUseCase {

    private final Scans scans;
    private final UnitOfWork unitOfWork;
    private final boolean overlap;

    /** A service that reads rows on a second thread when there are two processors. */
    public ImportScansService(Scans scans, UnitOfWork unitOfWork) {
        this(scans, unitOfWork, Runtime.getRuntime().availableProcessors() > 1);
    }

    /** @param overlap read and check rows on a second thread while the caller's writes the earlier ones */
    public ImportScansService(Scans scans, UnitOfWork unitOfWork, boolean overlap) {
        this.scans = scans;
        this.unitOfWork = unitOfWork;
        this.overlap = overlap;
    }

    @Override
    public ImportOutcome importScans(RowStream rows, ImportOptions options, Consumer<RowError> errors) {
        List<RowError> headerErrors = COLUMNS.check(rows.header());
        if (!headerErrors.isEmpty()) {
            headerErrors.forEach(errors);
            return new ImportOutcome.Rejected(headerErrors);
        }
        try {
            return unitOfWork.inTransaction(() -> importInTransaction(rows, options, errors),
                    outcome -> !(outcome instanceof ImportOutcome.Imported) || options.dryRun());
        } catch (UnreadableFileException e) {
            // found part-way through: the unit of work has rolled back everything written before it
            return new ImportOutcome.Unreadable(e.getMessage());
        }
    }

    private ImportOutcome importInTransaction(RowStream rows, ImportOptions options, Consumer<RowError> sink) {
        Counter count = new Counter(sink);
        Scans.Writer writer = scans.writer(options.update(), count);
        Reader reader = new Reader(rows);
        try {
            readInto(reader, count, writer);
        } catch (RuntimeException | Error e) {
            writer.abandon();
            throw e;
        }
        writer.finish();
        if (reader.read == 0) {
            return new ImportOutcome.Unreadable("the file has a header but no data rows");
        }
        if (count.errors > 0) {
            return new ImportOutcome.Rejected(count.kept);
        }
        return new ImportOutcome.Imported(count.created, count.updated, count.unchanged, options.dryRun());
    }

    /** Reads every row and hands the good ones to the writer: on this thread, or on a second one while this writes. */
    private void readInto(Reader reader, Counter count, Scans.Writer writer) {
        if (!overlap) {
            try {
                reader.readAll(b -> write(b, count, writer));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing scans", e);
            }
        } else {
            Thread thread = new Thread(reader, "scan-file-reader");
            thread.setDaemon(true);
            thread.start();
            try {
                while (true) {
                    Batch b = reader.take();
                    write(b, count, writer);
                    if (b.last) {
                        break;
                    }
                }
            } finally {
                reader.stop();
            }
        }
    }

    private static void write(Batch b, Counter count, Scans.Writer writer) {
        for (RowError e : b.errors) {
            count.error(e);
        }
        for (int i = 0; i < b.n; i++) {
            writer.add(b.lines[i], b.scans[i]);
        }
    }

    /** Rows read and checked, handed from the reader to the writer; errors of the batch's rows come first. */
    private static final class Batch {
        static final int SIZE = 2000;
        final Scan[] scans = new Scan[SIZE];
        final int[] lines = new int[SIZE];
        final List<RowError> errors = new ArrayList<>();
        int n;
        boolean last;
    }

    /**
     * Reads and checks the file's rows on its own thread while the caller's thread writes the rows before them:
     * parsing and writing overlap. At most a few batches wait in between, so memory stays bounded.
     */
    private static final class Reader implements Runnable {
        private final RowStream rows;
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
        private volatile boolean stopped;
        private volatile Throwable failure;
        private volatile long read;

        Reader(RowStream rows) {
            this.rows = rows;
        }

        /** Where the reader hands each batch. */
        interface BatchSink {
            void accept(Batch b) throws InterruptedException;
        }

        @Override
        public void run() {
            try {
                readAll(this::put);
            } catch (Throwable t) {
                failure = t;
                Batch end = new Batch();
                end.last = true;
                queue.offer(end);
            }
        }

        /** Reads every row into batches, the last one marked. */
        void readAll(BatchSink sink) throws InterruptedException {
            {
                int[] at = columnIndexes(rows.header());
                BuyerCache buyers = new BuyerCache();
                Batch b = new Batch();
                List<RowError> errors = new ArrayList<>();
                while (rows.next()) {
                    read++;
                    int line = rows.line();
                    String malformed = rows.malformed();
                    if (malformed != null) {
                        b.errors.add(new RowError(line, "", "", malformed));
                    } else {
                        errors.clear();
                        Scan scan = parse(rows, at, line, errors, buyers);
                        if (scan != null) {
                            b.scans[b.n] = scan;
                            b.lines[b.n] = line;
                            b.n++;
                        } else {
                            b.errors.addAll(errors);
                        }
                    }
                    if (b.n == Batch.SIZE || b.errors.size() >= Batch.SIZE) {
                        sink.accept(b);
                        b = new Batch();
                    }
                }
                b.last = true;
                sink.accept(b);
            }
        }

        private void put(Batch b) throws InterruptedException {
            while (!stopped) {
                if (queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            throw new InterruptedException("the writer stopped");
        }

        Batch take() {
            try {
                Batch b = queue.take();
                if (failure != null) {
                    if (failure instanceof RuntimeException r) {
                        throw r;
                    }
                    if (failure instanceof Error e) {
                        throw e;
                    }
                    throw new IllegalStateException("cannot read the scans: " + failure, failure);
                }
                return b;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while importing scans", e);
            }
        }

        void stop() {
            stopped = true;
            queue.clear();
        }
    }

    private static int[] columnIndexes(List<String> header) {
        int[] at = new int[COLUMNS.required().size()];
        for (int c = 0; c < at.length; c++) {
            at[c] = header.indexOf(COLUMNS.required().get(c));
        }
        return at;
    }

    /** The row as a scan, the fast way when it is in the usual form, else through {@link ChannelRows#scan}. */
    private static Scan parse(RowStream rows, int[] at, int line, List<RowError> errors, BuyerCache buyers) {
        String id = rows.value(at[0]);
        String kind = rows.value(at[1]);
        String code = rows.value(at[2]);
        String buyer = rows.value(at[3]);
        String scannedAt = rows.value(at[4]);
        ScanKind k = "CHANNEL".equals(kind) ? ScanKind.CHANNEL : "CHECKIN".equals(kind) ? ScanKind.CHECKIN : null;
        Instant when = IsoInstants.parse(scannedAt);
        if (k != null && when != null) {
            try {
                return new Scan(ScanId.of(id), k, ScanCode.of(code), buyers.of(buyer), when);
            } catch (IllegalArgumentException e) {
                // the full reader below names the field at fault
            }
        }
        Map<String, String> values = new HashMap<>();
        values.put("scan_id", id);
        values.put("kind", kind);
        values.put("code", code);
        values.put("buyer_id", buyer);
        values.put("scanned_at", scannedAt);
        RowOutcome<Scan> outcome = ChannelRows.scan(values);
        if (outcome instanceof RowOutcome.Valid<Scan> valid) {
            return valid.value();
        }
        for (FieldError e : ((RowOutcome.Invalid<Scan>) outcome).errors()) {
            errors.add(ImportCells.refused(line, e.column(), e.value(), e.reason(), e.missing()));
        }
        return null;
    }

    /** Files usually list a buyer's scans together: the last buyer id is checked once, not on every row. */
    private static final class BuyerCache {
        private String text;
        private BuyerId id;

        BuyerId of(String buyer) {
            if (!buyer.equals(text)) {
                id = BuyerId.of(buyer);
                text = buyer;
            }
            return id;
        }
    }

    /** Counts what became of the rows and passes errors on, keeping the first few. */
    private static final class Counter implements Scans.Listener {
        final Consumer<RowError> sink;
        final List<RowError> kept = new ArrayList<>();
        int created;
        int updated;
        int unchanged;
        long errors;

        Counter(Consumer<RowError> sink) {
            this.sink = sink;
        }

        void error(RowError e) {
            errors++;
            if (kept.size() < ERRORS_KEPT) {
                kept.add(e);
            }
            sink.accept(e);
        }

        @Override
        public void created(long line) {
            created++;
        }

        @Override
        public void unchanged(long line) {
            unchanged++;
        }

        @Override
        public void updated(long line) {
            updated++;
        }

        @Override
        public void conflict(long line, Scan incoming, Scan stored) {
            error(new RowError((int) line, "scan_id", incoming.scanId().value(),
                    "scan id is stored (or earlier in the file) with other values (" + differences(stored, incoming)
                            + "); use --update to change it"));
        }
    }

    static String differences(Scan a, Scan b) {
        List<String> d = new ArrayList<>();
        if (a.kind() != b.kind()) {
            d.add("kind " + a.kind() + " → " + b.kind());
        }
        if (!a.code().equals(b.code())) {
            d.add("code " + a.code() + " → " + b.code());
        }
        if (!a.buyer().equals(b.buyer())) {
            d.add("buyer_id " + a.buyer() + " → " + b.buyer());
        }
        if (!a.scannedAt().equals(b.scannedAt())) {
            d.add("scanned_at " + a.scannedAt() + " → " + b.scannedAt());
        }
        return String.join(", ", d);
    }
}
