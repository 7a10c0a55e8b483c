package org.mallcrm.adapters.persistence.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.mallcrm.adapters.persistence.ScanMonths;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanKind;

/**
 * The scans of a bulk write, held compactly (about 49 bytes a scan, their text as UTF-8 in one array) and handed back
 * in the scan table's clustering order, month ({@link ScanMonths}), buyer id, time, scan id, as SQLite's BINARY
 * collation orders them (bytes compared unsigned, the shorter first when one is the other's start): an external merge
 * sort in bounded memory.
 *
 * <p>Records are sorted a segment at a time as they come (on the writer's thread, while the file's reader parses the
 * next rows), so reading them back only merges the segments. While the scans fit in one chunk of memory nothing
 * leaves it; past it, each full chunk is sorted and written to a temporary file as a run, and the runs are merged
 * when read back. The file is unlinked as soon as it is created: nothing is left behind, whatever becomes of the
 * write. Each scan keeps its arrival number, so that the scans can also be replayed in the order they came.
 *
 * <p>A record: buyer id length (1 byte), scan id length (1), kind (1: 1 for CHANNEL), code length (2), the time in
 * epoch nanoseconds (8), the arrival number (4), the month (4, yyyymm), then the text: buyer id, scan id and code, one
 * after the other.
 */
final class ScanRuns implements AutoCloseable {

    /** One scan read back: a view of its record, valid during the call it is handed to. */
    static final class Row {
        private byte[] b;
        private int o;

        private Row at(byte[] bytes, int offset) {
            this.b = bytes;
            this.o = offset;
            return this;
        }

        int buyerLength() {
            return b[o] & 0xFF;
        }

        int scanIdLength() {
            return b[o + 1] & 0xFF;
        }

        ScanKind kind() {
            return b[o + 2] == 1 ? ScanKind.CHANNEL : ScanKind.CHECKIN;
        }

        int codeLength() {
            return (b[o + 3] & 0xFF) << 8 | (b[o + 4] & 0xFF);
        }

        long scannedAtNs() {
            return getLong(b, o + 5);
        }

        int seq() {
            return getInt(b, o + 13);
        }

        int month() {
            return getInt(b, o + 17);
        }

        /**
         * Copies {@code length} bytes of the text from {@code from} (0: the buyer id's start) into {@code out} at
         * {@code p}, a backslash doubled as COPY's text format wants it; returns the position after them.
         */
        int copyText(byte[] out, int p, int from, int length) {
            int start = o + HEADER + from;
            for (int i = start; i < start + length; i++) {
                byte c = b[i];
                if (c == '\\') {
                    out[p++] = '\\';
                }
                out[p++] = c;
            }
            return p;
        }

        /** The buyer id, scan id and code as UTF-8, one after the other, in a new array. */
        byte[] text() {
            int from = o + HEADER;
            return Arrays.copyOfRange(b, from, from + buyerLength() + scanIdLength() + codeLength());
        }

        String buyer() {
            return new String(b, o + HEADER, buyerLength(), StandardCharsets.UTF_8);
        }

        String scanId() {
            return new String(b, o + HEADER + buyerLength(), scanIdLength(), StandardCharsets.UTF_8);
        }

        String code() {
            return new String(b, o + HEADER + buyerLength() + scanIdLength(), codeLength(), StandardCharsets.UTF_8);
        }
    }

    /** What the scans are handed to, one at a time. */
    interface Sink {
        void scan(Row row) throws SQLException;
    }

    private static final int HEADER = 21;
    /** The largest record: identifiers are at most 40 characters, a code at most 200 (each at most 4 bytes). */
    private static final int MAX_RECORD = HEADER + 255 + 255 + 65_535;
    /** Records sorted at a time as they come. */
    private static final int SEGMENT = 1 << 15;

    /** Grows as scans come, up to {@link #chunk}: a file of a few rows takes a little memory. */
    private byte[] arena;
    private final int chunk;
    private int used;
    /**
     * The records' offsets in the arena, their months, and the first 8 bytes of their buyer ids (with the month, a
     * quick first comparison that rarely needs the record itself).
     */
    private int[] offsets = new int[1024];
    private long[] keys = new long[1024];
    private int[] months = new int[1024];
    private int[] tmpOffsets = new int[1024];
    private long[] tmpKeys = new long[1024];
    private int[] tmpMonths = new int[1024];
    private int count;
    /** {@code offsets[0, sortedTo)} are sorted segments of {@link #SEGMENT} records each. */
    private int sortedTo;
    private boolean readBack;
    private int seq;
    private long total;
    private FileChannel spill;
    private long spillSize;
    private final List<long[]> runs = new ArrayList<>(); // {position, bytes}
    /** False: the scans are only kept, in the order they came, and handed back in that order (no sorting). */
    private final boolean sorted;

    /** @param chunkBytes memory for the scans of one sorted run */
    ScanRuns(int chunkBytes) {
        this(chunkBytes, true);
    }

    /**
     * @param chunkBytes memory for the scans of one run
     * @param sorted true: handed back in the table's order; false: in the order they came, nothing sorted (a writer
     *        that keeps the scans only for a replay)
     */
    ScanRuns(int chunkBytes, boolean sorted) {
        this.chunk = Math.max(chunkBytes, 2 * MAX_RECORD);
        this.arena = new byte[Math.min(chunk, 1 << 20)];
        this.sorted = sorted;
    }

    /** A chunk of a quarter of the heap's limit, at most 64 MB: a month of a large mall sorts without a file. */
    static int defaultChunk() {
        return (int) Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 4);
    }

    long size() {
        return total;
    }

    boolean spilled() {
        return spill != null;
    }

    void add(Scan s) {
        if (readBack) {
            throw new IllegalStateException("scans added after they were read back");
        }
        if (arena.length - used < MAX_RECORD) {
            if (arena.length < chunk) {
                arena = Arrays.copyOf(arena, (int) Math.min(chunk, 2L * arena.length));
            } else {
                flush();
            }
        }
        int o = used;
        int t = o + HEADER;
        int p = utf8(s.buyer().value(), t);
        int bl = p - t;
        int q = utf8(s.scanId().value(), p);
        int sl = q - p;
        int r = utf8(s.code().value(), q);
        int cl = r - q;
        if (bl > 255 || sl > 255 || cl > 65_535) {
            throw new IllegalArgumentException("scan " + s.scanId() + " has a field longer than a scan's field may be");
        }
        arena[o] = (byte) bl;
        arena[o + 1] = (byte) sl;
        arena[o + 2] = (byte) (s.kind() == ScanKind.CHANNEL ? 1 : 0);
        arena[o + 3] = (byte) (cl >>> 8);
        arena[o + 4] = (byte) cl;
        long at = Nanos.of(s.scannedAt());
        int month = ScanMonths.of(at);
        putLong(o + 5, at);
        putInt(o + 13, seq++);
        putInt(o + 17, month);
        used = r;
        total++;
        if (!sorted) {
            return;
        }
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
            keys = Arrays.copyOf(keys, count * 2);
            months = Arrays.copyOf(months, count * 2);
            tmpOffsets = new int[offsets.length];
            tmpKeys = new long[offsets.length];
            tmpMonths = new int[offsets.length];
        }
        offsets[count] = o;
        keys[count] = prefix(arena, t, bl);
        months[count] = month;
        count++;
        if (count - sortedTo == SEGMENT) {
            sortLastSegment();
        }
    }

    /** The first 8 bytes of a text, big-endian, zeros after its end: unsigned order of these is the texts' order. */
    private static long prefix(byte[] b, int from, int length) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (i < length ? b[from + i] & 0xFF : 0);
        }
        return v;
    }

    private int utf8(String v, int p) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x80) {
                arena[p++] = (byte) c;
            } else {
                byte[] b = v.substring(i).getBytes(StandardCharsets.UTF_8);
                if (b.length > MAX_RECORD) {
                    throw new IllegalArgumentException("a scan's field is too long");
                }
                System.arraycopy(b, 0, arena, p, b.length);
                return p + b.length;
            }
        }
        return p;
    }

    private void putLong(int p, long v) {
        for (int i = 0; i < 8; i++) {
            arena[p + i] = (byte) (v >>> (56 - 8 * i));
        }
    }

    private void putInt(int p, int v) {
        arena[p] = (byte) (v >>> 24);
        arena[p + 1] = (byte) (v >>> 16);
        arena[p + 2] = (byte) (v >>> 8);
        arena[p + 3] = (byte) v;
    }

    private static long getLong(byte[] b, int p) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[p + i] & 0xFF);
        }
        return v;
    }

    private static int getInt(byte[] b, int p) {
        return (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
    }

    private static int length(byte[] b, int o) {
        return HEADER + (b[o] & 0xFF) + (b[o + 1] & 0xFF) + ((b[o + 3] & 0xFF) << 8 | (b[o + 4] & 0xFF));
    }

    /** Orders two records as the scan table's key orders them: month, buyer id, time, scan id. */
    static int compare(byte[] a, int x, byte[] b, int y) {
        int c = Integer.compare(getInt(a, x + 17), getInt(b, y + 17));
        if (c != 0) {
            return c;
        }
        int bx = a[x] & 0xFF;
        int by = b[y] & 0xFF;
        c = compareBytes(a, x + HEADER, bx, b, y + HEADER, by);
        if (c != 0) {
            return c;
        }
        c = Long.compare(getLong(a, x + 5), getLong(b, y + 5));
        if (c != 0) {
            return c;
        }
        return compareBytes(a, x + HEADER + bx, a[x + 1] & 0xFF, b, y + HEADER + by, b[y + 1] & 0xFF);
    }

    private static int compareBytes(byte[] a, int x, int la, byte[] b, int y, int lb) {
        int n = Math.min(la, lb);
        for (int i = 0; i < n; i++) {
            int c = (a[x + i] & 0xFF) - (b[y + i] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return la - lb;
    }

    /** Orders two records by their months, then their keys, then (rarely) the records themselves. */
    private int compareAt(int ma, long ka, int oa, int mb, long kb, int ob) {
        if (ma != mb) {
            return Integer.compare(ma, mb);
        }
        if (ka != kb) {
            return Long.compareUnsigned(ka, kb);
        }
        return compare(arena, oa, arena, ob);
    }

    /** Orders the records at {@code i} and {@code j} of the sorted arrays. */
    private int compareAt(int i, int j) {
        return compareAt(months[i], keys[i], offsets[i], months[j], keys[j], offsets[j]);
    }

    /** Sorts the records after the last sorted segment, which makes them one more (shorter) segment. */
    private void sortLastSegment() {
        mergeSort(sortedTo, count);
        sortedTo = count;
    }

    /** Sorts the last segment and merges the segments, pair by pair. */
    private void sortChunk() {
        sortLastSegment();
        for (int width = SEGMENT; width < count; width *= 2) {
            for (int lo = 0; lo + width < count; lo += 2 * width) {
                merge(lo, lo + width, Math.min(lo + 2 * width, count));
            }
        }
    }

    /** Sorts records {@code [from, to)}: a top-down merge sort, insertion sort for short ranges. */
    private void mergeSort(int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int o = offsets[i];
                long k = keys[i];
                int m = months[i];
                int j = i - 1;
                while (j >= from && compareAt(months[j], keys[j], offsets[j], m, k, o) > 0) {
                    offsets[j + 1] = offsets[j];
                    keys[j + 1] = keys[j];
                    months[j + 1] = months[j];
                    j--;
                }
                offsets[j + 1] = o;
                keys[j + 1] = k;
                months[j + 1] = m;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(from, mid);
        mergeSort(mid, to);
        merge(from, mid, to);
    }

    /** Merges the sorted records {@code [from, mid)} and {@code [mid, to)}. */
    private void merge(int from, int mid, int to) {
        if (compareAt(mid - 1, mid) <= 0) {
            return;
        }
        System.arraycopy(offsets, from, tmpOffsets, from, to - from);
        System.arraycopy(keys, from, tmpKeys, from, to - from);
        System.arraycopy(months, from, tmpMonths, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || i < mid && compareAt(tmpMonths[i], tmpKeys[i], tmpOffsets[i], tmpMonths[j], tmpKeys[j],
                    tmpOffsets[j]) <= 0) {
                offsets[k] = tmpOffsets[i];
                keys[k] = tmpKeys[i];
                months[k] = tmpMonths[i++];
            } else {
                offsets[k] = tmpOffsets[j];
                keys[k] = tmpKeys[j];
                months[k] = tmpMonths[j++];
            }
        }
    }

    /** Sorts the chunk in memory and writes it to the temporary file as one run. */
    private void flush() {
        if (sorted ? count == 0 : used == 0) {
            return;
        }
        if (sorted) {
            sortChunk();
        }
        try {
            if (spill == null) {
                Path file = Files.createTempFile("mallcrm-scans", ".run");
                spill = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                Files.deleteIfExists(file);
            }
            long start = spillSize;
            if (!sorted) {
                ByteBuffer whole = ByteBuffer.wrap(arena, 0, used);
                while (whole.hasRemaining()) {
                    spillSize += spill.write(whole, spillSize);
                }
                runs.add(new long[] {start, spillSize - start});
                used = 0;
                return;
            }
            ByteBuffer out = ByteBuffer.allocate(1 << 20);
            for (int i = 0; i < count; i++) {
                int o = offsets[i];
                int n = length(arena, o);
                if (out.remaining() < n) {
                    writeAll(out);
                }
                out.put(arena, o, n);
            }
            writeAll(out);
            runs.add(new long[] {start, spillSize - start});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scans' sorted runs to a temporary file", e);
        }
        used = 0;
        count = 0;
        sortedTo = 0;
    }

    private void writeAll(ByteBuffer out) throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            spillSize += spill.write(out, spillSize);
        }
        out.clear();
    }

    /**
     * Hands every scan to the sink in the table's order (in the order they came when these runs are not sorted); may
     * be called again (the same order each time).
     */
    void forEachSorted(Sink sink) throws SQLException {
        Row row = new Row();
        if (!sorted) {
            forEachAsCame(sink, row);
            return;
        }
        if (spill == null) {
            if (!readBack) {
                sortLastSegment();
                readBack = true;
            }
            mergeSegments(sink, row);
            return;
        }
        if (!readBack) {
            flush();
            readBack = true;
        }
        PriorityQueue<RunReader> queue = new PriorityQueue<>(
                (a, b) -> compare(a.buffer.array(), a.buffer.position(), b.buffer.array(), b.buffer.position()));
        int perRun = (int) Math.max(MAX_RECORD + 1, Math.min(1 << 20, arena.length / runs.size()));
        try {
            for (long[] run : runs) {
                RunReader r = new RunReader(run[0], run[1], perRun);
                if (r.next()) {
                    queue.add(r);
                }
            }
            while (!queue.isEmpty()) {
                RunReader r = queue.poll();
                sink.scan(row.at(r.buffer.array(), r.buffer.position()));
                r.skip();
                if (r.next()) {
                    queue.add(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scans' sorted runs back", e);
        }
    }

    /**
     * The sorted segments in memory merged as they are handed out, all at once (a heap of the segments' next
     * records): each record is compared about twice per doubling of the segments and moved once, where merging the
     * segments pair by pair first moved every record once per doubling before the first one could be handed out.
     */
    private void mergeSegments(Sink sink, Row row) throws SQLException {
        int k = (count + SEGMENT - 1) / SEGMENT;
        if (k <= 1) {
            for (int i = 0; i < count; i++) {
                sink.scan(row.at(arena, offsets[i]));
            }
            return;
        }
        int[] next = new int[k];
        int[] end = new int[k];
        int[] heap = new int[k];
        for (int s = 0; s < k; s++) {
            next[s] = s * SEGMENT;
            end[s] = Math.min(count, (s + 1) * SEGMENT);
            heap[s] = s;
        }
        int size = k;
        for (int h = size / 2 - 1; h >= 0; h--) {
            siftDown(heap, size, h, next);
        }
        while (size > 0) {
            int s = heap[0];
            int i = next[s];
            sink.scan(row.at(arena, offsets[i]));
            if (++next[s] == end[s]) {
                heap[0] = heap[--size];
            }
            siftDown(heap, size, 0, next);
        }
    }

    /** Restores the heap below {@code h}: a segment before another when its next record is (ties: the earlier one). */
    private void siftDown(int[] heap, int size, int h, int[] next) {
        int s = heap[h];
        while (true) {
            int c = 2 * h + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && before(heap[c + 1], heap[c], next)) {
                c++;
            }
            if (!before(heap[c], s, next)) {
                break;
            }
            heap[h] = heap[c];
            h = c;
        }
        heap[h] = s;
    }

    private boolean before(int s, int t, int[] next) {
        int i = next[s];
        int j = next[t];
        int c = compareAt(i, j);
        return c < 0 || c == 0 && s < t;
    }

    /** Unsorted runs: each run read back in turn, then what is still in memory. */
    private void forEachAsCame(Sink sink, Row row) throws SQLException {
        readBack = true;
        try {
            for (long[] run : runs) {
                RunReader r = new RunReader(run[0], run[1], 1 << 20);
                while (r.next()) {
                    sink.scan(row.at(r.buffer.array(), r.buffer.position()));
                    r.skip();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scans back", e);
        }
        for (int o = 0; o < used; o += length(arena, o)) {
            sink.scan(row.at(arena, o));
        }
    }

    /** One sorted run read back through a buffer that always holds the whole current record. */
    private final class RunReader {
        final ByteBuffer buffer;
        private long at;
        private final long end;

        RunReader(long start, long bytes, int size) {
            this.at = start;
            this.end = start + bytes;
            this.buffer = ByteBuffer.allocate(size);
            buffer.flip();
        }

        /** True when a record starts at the buffer's position (refilling the buffer as needed). */
        boolean next() throws IOException {
            if (buffer.remaining() < MAX_RECORD && at < end) {
                buffer.compact();
                while (buffer.hasRemaining() && at < end) {
                    int max = (int) Math.min(buffer.remaining(), end - at);
                    ByteBuffer view = buffer.slice(buffer.position(), max);
                    int n = spill.read(view, at);
                    if (n <= 0) {
                        throw new IOException("a sorted run ends early");
                    }
                    buffer.position(buffer.position() + n);
                    at += n;
                }
                buffer.flip();
            }
            return buffer.hasRemaining();
        }

        void skip() {
            buffer.position(buffer.position() + length(buffer.array(), buffer.position()));
        }
    }

    @Override
    public void close() {
        if (spill != null) {
            try {
                spill.close();
            } catch (IOException ignored) {
                // the file is unlinked already
            }
            spill = null;
        }
    }
}
