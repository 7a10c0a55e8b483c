package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/** Two threads, each with its own connection pool on the same file, hold one stall at once: one wins. */
class HoldRaceTest {

    @TempDir
    Path dir;

    @Test
    void two_threads_holding_one_stall_at_the_same_moment_end_with_one_winner() throws Exception {
        new LeasingCli(dir);
        AppContext.Location db = org.mallcrm.cli.TestStore.location(dir.resolve("mall.db"));
        int threads = 2;
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Outcome<?>>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String merchant = i == 0 ? "M-0001" : "M-0002";
            results.add(pool.submit(() -> {
                try (AppContext ctx = AppContext.open(db, Optional.empty())) {
                    EarnestMoneyUseCases deposits = ctx.deposits();
                    ready.countDown();
                    go.await();
                    return deposits.hold(new EarnestMoneyUseCases.Hold(List.of(StallNo.of("1F-A-103")),
                            MerchantNo.of(merchant), Money.ofYuan(5000), EarnestKind.PREPAYMENT,
                            LocalDate.parse("2026-01-05"), null, null, null));
                }
            }));
        }
        ready.await();
        go.countDown();
        List<Outcome<?>> outcomes = new ArrayList<>();
        for (Future<Outcome<?>> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Done<?>).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Refused<?>).hasSize(1);
    }
}
