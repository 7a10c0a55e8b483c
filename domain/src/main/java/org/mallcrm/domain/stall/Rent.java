package org.mallcrm.domain.stall;

import java.math.BigInteger;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;

/** Rent arithmetic shared by stalls and leases. */
public final class Rent {

    private Rent() {
    }

    /**
     * Monthly rent = area × price per m² per month, rounded HALF_UP to the fen (round the month first).
     * Exact: hundredths of m² × fen per m² is in 1/100 fen.
     */
    public static Money monthly(Area area, Money pricePerM2) {
        BigInteger centiFen = BigInteger.valueOf(area.hundredths()).multiply(BigInteger.valueOf(pricePerM2.fen()));
        BigInteger[] qr = centiFen.divideAndRemainder(BigInteger.valueOf(100));
        long fen = qr[0].longValueExact();
        if (qr[1].abs().intValue() >= 50) {
            fen += qr[1].signum();
        }
        return Money.ofFen(fen);
    }
}
