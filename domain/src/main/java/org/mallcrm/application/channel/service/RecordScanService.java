package org.mallcrm.application.channel.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.mallcrm.application.access.port.out.AccessTokens;
import org.mallcrm.application.channel.port.in.RecordScanUseCase;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.TripNo;

/**
 * Records a buyer's scan once. The scan id is the app's, else derived from the buyer and the idempotency key
 * ({@code K} + 32 hex digits of a SHA-256), else a random one. A second post of the same id with the same kind, code
 * and buyer (and time, when the app gives one) is a replay; with other values it is refused.
 */
public final class RecordScanService implements RecordScanUseCase {

    private final Scans scans;
    private final Trips trips;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    /** The mall's tokens, to confirm a command's buyer token with a store that does not do it itself; may be null. */
    private final AccessTokens tokens;
    private final SecureRandom random = new SecureRandom();

    /** Without tokens: a command with a token to confirm is refused ({@link RecordScanOutcome.TokenRefused}). */
    public RecordScanService(Scans scans, Trips trips, UnitOfWork unitOfWork, Clock clock) {
        this(scans, trips, unitOfWork, clock, null);
    }

    public RecordScanService(Scans scans, Trips trips, UnitOfWork unitOfWork, Clock clock, AccessTokens tokens) {
        this.scans = scans;
        this.trips = trips;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.tokens = tokens;
    }

    @Override
    public RecordScanOutcome record(RecordScanCommand c) {
        ScanId id = ScanId.of(c.scanId().orElseGet(() -> c.idempotencyKey()
                .map(k -> derived(c.buyer().value(), k)).orElseGet(this::randomId)));
        Instant at = c.scannedAt().orElseGet(clock::now);
        Scan scan = new Scan(id, c.kind(), c.code(), c.buyer(), at);
        // one atomic insert: no unit of work around it, so that the store may commit many posts together (and read
        // the trip of a channel code in the same transaction)
        Scans.Posted posted = scans.post(scan, trips::tripNoOfCode, c.buyerToken(), hash -> tokens != null
                && tokens.findLive(hash).filter(p -> p.role() == Role.BUYER
                        && p.subject().equals(Optional.of(c.buyer().value()))).isPresent());
        if (posted.tokenRefused()) {
            return new RecordScanOutcome.TokenRefused();
        }
        Optional<TripNo> trip = posted.trip();
        if (posted.inserted()) {
            return new RecordScanOutcome.Recorded(scan, trip);
        }
        Scan stored = scans.find(id).orElseThrow(() -> new IllegalStateException("scan " + id + " vanished"));
        boolean same = stored.kind() == scan.kind() && stored.code().equals(scan.code())
                && stored.buyer().equals(scan.buyer())
                && (c.scannedAt().isEmpty() || stored.scannedAt().equals(scan.scannedAt()));
        if (same) {
            return new RecordScanOutcome.Replayed(stored, trip);
        }
        return new RecordScanOutcome.Conflict("scan " + id + " was recorded with other values");
    }

    private String randomId() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return "R" + HexFormat.of().formatHex(b);
    }

    static String derived(String buyer, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((buyer + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return "K" + HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
