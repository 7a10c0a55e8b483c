package org.mallcrm.application.channel.port.in;

import java.time.Instant;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.domain.channel.TripNo;

/**
 * A buyer's app records one scan. Idempotent: by the scan id the app gives, else by its idempotency key (the id is
 * derived from buyer and key), so a scan posted twice is stored once. Codes naming no trip are recorded too.
 */
public interface RecordScanUseCase {

    RecordScanOutcome record(RecordScanCommand command);

    /**
     * @param scanId the app's id for the scan, if it gives one
     * @param idempotencyKey the request's idempotency key, if any (used when no scan id is given)
     * @param scannedAt when the code was scanned; the time of recording when absent
     * @param buyerToken the hash of the BUYER token the scan is posted with, when the caller's token was recognized
     *        but not yet confirmed live: the scan is then recorded only if that token is live and bound to this buyer
     *        when the scan is written (checked in the same transaction), else {@link RecordScanOutcome.TokenRefused}
     */
    record RecordScanCommand(BuyerId buyer, Optional<String> scanId, Optional<String> idempotencyKey, ScanKind kind,
            ScanCode code, Optional<Instant> scannedAt, Optional<String> buyerToken) {

        /** A command whose caller's token is confirmed already. */
        public RecordScanCommand(BuyerId buyer, Optional<String> scanId, Optional<String> idempotencyKey,
                ScanKind kind, ScanCode code, Optional<Instant> scannedAt) {
            this(buyer, scanId, idempotencyKey, kind, code, scannedAt, Optional.empty());
        }
    }

    /** Recorded now, or replayed (the same scan was recorded before), or refused (the id holds another scan). */
    sealed interface RecordScanOutcome {

        record Recorded(Scan scan, Optional<TripNo> trip) implements RecordScanOutcome {
        }

        record Replayed(Scan scan, Optional<TripNo> trip) implements RecordScanOutcome {
        }

        record Conflict(String reason) implements RecordScanOutcome {
        }

        /** The command's {@code buyerToken} was not live (revoked, or not this buyer's) when the scan was written. */
        record TokenRefused() implements RecordScanOutcome {
        }
    }
}
