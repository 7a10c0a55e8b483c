package org.mallcrm.adapters.http.web.kit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Decimals;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.MallTime;

/**
 * How the pages write money, areas, shares, counts, dates and instants: the one place, so that every page writes
 * them alike. Money is in yuan with the fen ({@code ¥12,345.60}), areas in m² with two decimals, shares from exact
 * basis points ({@code 68.25%}), instants in the mall's time zone (Beijing time).
 */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(MallTime.ZONE);
    private final Locale locale;

    private Formats(Locale locale) {
        this.locale = locale;
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    private DecimalFormat decimals(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f;
    }

    /** {@code ¥12,345.60}; negative amounts {@code -¥12.00}. */
    public String money(Money m) {
        if (m == null) {
            return "";
        }
        BigDecimal yuan = m.toBigDecimal();
        String digits = decimals("#,##0.00").format(yuan.abs());
        return (m.isNegative() ? "-" : "") + "¥" + digits;
    }

    /** {@code 12,345.60}: money without the sign, for tables with the currency in the heading. */
    public String amount(Money m) {
        return m == null ? "" : decimals("#,##0.00").format(m.toBigDecimal());
    }

    /** {@code 1,234.50 m²}. */
    public String area(Area a) {
        return a == null ? "" : decimals("#,##0.00").format(new BigDecimal(a.toString())) + " m²";
    }

    /** A share given in basis points: {@code 68.25%}. */
    public String percent(long basisPoints) {
        return Decimals.format(basisPoints, 2) + "%";
    }

    /** A count with thousands grouped: {@code 12,345}. */
    public String count(long n) {
        return decimals("#,##0").format(n);
    }

    /** A decimal as it is, e.g. a median of days ({@code 12.5}); a dash when there is none. */
    public String decimal(Optional<BigDecimal> d) {
        return d.map(BigDecimal::toPlainString).orElse("—");
    }

    /** {@code 2026-12-06}. */
    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** {@code 2026-12-06 17:03:12} in the mall's time zone. */
    public String instant(Instant i) {
        return i == null ? "" : TIME.format(i);
    }

    /** {@code 2026年12月} / {@code Dec 2026}. */
    public String month(YearMonth m) {
        return locale.getLanguage().equals("en") ? DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(m)
                : m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
