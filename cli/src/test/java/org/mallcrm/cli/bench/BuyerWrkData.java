package org.mallcrm.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.fixtures.access.TestTokens;

/**
 * The database the wrk benchmarks of {@code bench/buyers.sh} post to: the benchmark's 40 merchants with their leases,
 * one registered buyer {@code B-WRK}, a running campaign {@code C-WRK} (10.00 off any order, a stock and a per-buyer
 * limit no benchmark reaches) and {@code N} coupons of it issued to B-WRK, their codes one a line in
 * {@code codes.txt} beside the database, so that every redemption posted redeems a code of its own.
 *
 * <p>{@code java -cp … org.mallcrm.cli.bench.BuyerWrkData DB N}, run as of 2026-10-15 10:00 Beijing time (serve the
 * database with {@code -Dmallcrm.now} at that instant too); prints {@code merchant_token=…} and
 * {@code buyer_token=…}.
 */
public final class BuyerWrkData {

    static final String NOW = "2026-10-15T10:00:00+08:00";

    private BuyerWrkData() {
    }

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args[0]).toAbsolutePath();
        int n = Integer.parseInt(args[1]);
        System.setProperty("mallcrm.now", NOW);
        try (AppContext ctx = AppContext.open(new AppContext.Location("jdbc:sqlite:" + db), Optional.empty())) {
            BuyerBenchData.mall(ctx);
            Map<String, String> v = new HashMap<>();
            v.put("buyer_id", "B-WRK");
            v.put("name", "压测客户");
            v.put("phone", "13999999999");
            if (ctx.importBuyers().importBuyers(List.of("buyer_id", "name", "phone"), List.of(new ImportRow(2, v)),
                    ImportOptions.DEFAULT) instanceof ImportOutcome.Rejected r) {
                throw new IllegalStateException("bad buyer: " + r.errors());
            }
            int unlimited = Integer.MAX_VALUE / 2;
            Campaign c = BuyerBenchData.value(ctx.campaignUseCases().create(new CampaignSpec("C-WRK", "压测满减",
                    "COUPON", "2026-10-01T00:00:00+08:00", "2026-12-31T23:59:59+08:00", null, null,
                    new CampaignSpec.CouponSpec("AMOUNT_OFF", "0", "10.00", null, null, unlimited, unlimited, null,
                            null, null, "50"))));
            Campaign running = BuyerBenchData.value(ctx.campaignUseCases().start(c.no()));
            SplittableRandom rnd = new SplittableRandom(42);
            Coupons coupons = ctx.coupons();
            Instant at = Instant.parse("2026-10-14T02:00:00Z");
            try (BufferedWriter w = Files.newBufferedWriter(db.resolveSibling("codes.txt"), StandardCharsets.UTF_8)) {
                int made = 0;
                while (made < n) {
                    int target = Math.min(n, made + 20_000);
                    int from = made;
                    made = ctx.database().inTransaction(() -> {
                        int k = from;
                        while (k < target) {
                            Coupon coupon = Coupon.claim(CouponCode.fromBits(rnd.nextLong()), running,
                                    BuyerId.of("B-WRK"), at);
                            if (coupons.claim(coupon, unlimited, unlimited) == Coupons.ClaimResult.CLAIMED) {
                                try {
                                    w.write(coupon.code().value());
                                    w.write('\n');
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                                k++;
                            }
                        }
                        return k;
                    });
                }
            }
            System.out.println("merchant_token=" + TestTokens.token(ctx.tokens().create(new Principal("wrk-merchant",
                    Role.MERCHANT, Optional.of("M-0001"), Optional.empty()))));
            System.out.println("buyer_token=" + TestTokens.token(ctx.tokens().create(new Principal("wrk-buyer",
                    Role.BUYER, Optional.of("B-WRK"), Optional.empty()))));
        }
    }
}
