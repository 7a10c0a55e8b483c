package org.mallcrm.application.channel.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.domain.channel.TripNo;

/**
 * The scans (扫码记录), as stored: millions of rows, so they are written through a streaming {@link Writer} and
 * read through a forward-only {@link Visitor}, never held in memory.
 */
public interface Scans {

    Optional<Scan> find(ScanId id);

    /**
     * Adds one scan unless its id is stored: atomic on its own, inside a unit of work or not (outside one, a store
     * may write it together with other callers' scans, in one transaction).
     *
     * @return true when added, false when the id was stored already (nothing changed)
     */
    boolean insertIfAbsent(Scan scan);

    /** What {@link #post} did: whether the scan was added, and the trip its channel code names (none for a check-in). */
    record Posted(boolean inserted, Optional<TripNo> trip, boolean tokenRefused) {

        public Posted(boolean inserted, Optional<TripNo> trip) {
            this(inserted, trip, false);
        }

        /** Nothing written: the token the scan was posted with was not live. */
        public static final Posted TOKEN_REFUSED = new Posted(false, Optional.empty(), true);
    }

    /**
     * A scan posted by an app: {@link #insertIfAbsent}, and for a {@code CHANNEL} scan the number of the trip whose
     * channel code it carries, as {@code tripOfCode} tells it. A store that keeps the trips in the same database may
     * read the trip itself in the transaction that writes the scan (the same query {@code tripOfCode} runs, once for
     * every scan of a batch with that code) instead of calling {@code tripOfCode}.
     */
    default Posted post(Scan scan, Function<ScanCode, Optional<TripNo>> tripOfCode) {
        boolean inserted = insertIfAbsent(scan);
        return new Posted(inserted, scan.kind() == ScanKind.CHANNEL ? tripOfCode.apply(scan.code()) : Optional.empty());
    }

    /**
     * As {@link #post(Scan, Function)}, when the scan is posted with a BUYER token that is yet to be confirmed live
     * (its hash; none: confirmed already): the scan is written only if {@code tokenLive} holds for that hash (a live
     * BUYER token of this mall bound to the scan's buyer), else nothing is written and {@link Posted#TOKEN_REFUSED}
     * told. A store that keeps the tokens in the same database checks that itself, in the transaction that writes the
     * scan (so that a token revoked before the scan is written never writes it), instead of calling
     * {@code tokenLive}.
     */
    default Posted post(Scan scan, Function<ScanCode, Optional<TripNo>> tripOfCode, Optional<String> buyerToken,
            java.util.function.Predicate<String> tokenLive) {
        if (buyerToken.isPresent() && !tokenLive.test(buyerToken.get())) {
            return Posted.TOKEN_REFUSED;
        }
        return post(scan, tripOfCode);
    }

    /**
     * A writer for many scans inside the current unit of work. Rows are buffered and written in batches; what
     * happened to each row is told to the listener, in row order, at the latest on {@link Writer#finish()}.
     *
     * @param update a row whose id is stored with other values replaces it (otherwise it is a conflict)
     */
    Writer writer(boolean update, Listener listener);

    /**
     * Every scan at {@code from..to} (inclusive), grouped by buyer with buyers in ascending id order (binary,
     * as {@link String#compareTo}), each buyer's scans by time then id.
     *
     * @param withIds false when the caller does not need the scan ids (they decide nothing but which of two scans
     *        at the same instant is named, and come in id order anyway): the store may then pass "" instead and
     *        spare reading a million strings; likewise a check-in's code may be passed as ""
     */
    default void forEachBetween(Instant from, Instant to, boolean withIds, Visitor visitor) {
        forEachBetween(from, to, withIds, null, null, visitor);
    }

    /** Every scan at {@code from..to} with its id and code. */
    default void forEachBetween(Instant from, Instant to, Visitor visitor) {
        forEachBetween(from, to, true, visitor);
    }

    /**
     * As {@link #forEachBetween(Instant, Instant, boolean, Visitor)}, for the buyers with ids in
     * {@code fromBuyer} (inclusive; null: from the first) to {@code toBuyer} (exclusive; null: to the last), so that
     * several readers can share the work: buyers are independent.
     */
    void forEachBetween(Instant from, Instant to, boolean withIds, String fromBuyer, String toBuyer, Visitor visitor);

    /**
     * Buyer ids that cut the stored scans into about {@code parts} runs of similar size, ascending; fewer (or none)
     * when there are few scans.
     */
    List<String> buyerSplits(int parts);

    /** Receives scans as stored. */
    @FunctionalInterface
    interface Visitor {
        void scan(String buyerId, ScanKind kind, String code, Instant scannedAt, String scanId);
    }

    /** Streams rows (already validated) into the store. */
    interface Writer {

        /** One scan; {@code line} is the caller's row number, handed back to the listener. */
        void add(long line, Scan scan);

        /** Writes what is buffered and reports the last rows. */
        void finish();

        /**
         * The write ends without {@link #finish()} (the file could not be read to its end): lets go of what the
         * writer holds, so that its unit of work can roll back. Nothing more is written.
         */
        default void abandon() {
        }
    }

    /** What became of each row written. */
    interface Listener {

        void created(long line);

        void unchanged(long line);

        void updated(long line);

        /** The id is stored with other values and updates were not asked for. */
        void conflict(long line, Scan incoming, Scan stored);
    }
}
