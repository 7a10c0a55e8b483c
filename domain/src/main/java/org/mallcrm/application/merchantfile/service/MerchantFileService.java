package org.mallcrm.application.merchantfile.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.EarnestMonies;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.lease.port.out.Placements;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.merchantfile.port.in.MerchantFileQuery;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.placement.Placement;

/**
 * Assembles the 360° file from each context's own queries. Leasing is optional: without it (null) the leasing
 * parts are empty.
 */
public final class MerchantFileService implements MerchantFileQuery {

    private static final int PAGE = 1000;

    private final Merchants merchants;
    private final MerchantPipelineUseCases pipeline;
    private final CreditUseCases credit;
    private final MerchantRequestUseCases requests;
    private final LeaseQueries leases;
    private final EarnestMonies earnestMonies;
    private final Placements placements;
    private final Clock clock;

    public MerchantFileService(Merchants merchants, MerchantPipelineUseCases pipeline, CreditUseCases credit,
            MerchantRequestUseCases requests, LeaseQueries leases, EarnestMonies earnestMonies, Placements placements,
            Clock clock) {
        this.merchants = merchants;
        this.pipeline = pipeline;
        this.credit = credit;
        this.requests = requests;
        this.leases = leases;
        this.earnestMonies = earnestMonies;
        this.placements = placements;
        this.clock = clock;
    }

    @Override
    public Optional<MerchantFile> file(MerchantNo no, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        Optional<Merchant> m = merchants.find(no);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        List<LeaseRecord> leaseRecords = new ArrayList<>();
        List<LeaseQueries.Bill> bills = List.of();
        if (leases != null) {
            String cursor = null;
            do {
                Page<LeaseRecord> page = leases.list(no, cursor, LeaseQueries.MAX_PAGE);
                leaseRecords.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            bills = leases.bills(no, day).stream()
                    .filter(b -> b.installment().outstanding().isPositive() || b.installment().lateFee().isPositive())
                    .toList();
        }
        List<EarnestMoney> earnest = earnestMonies == null ? List.of()
                : scan((after, limit) -> earnestMonies.list(after, limit), EarnestMoney::depositNo).stream()
                        .filter(e -> e.merchantNo().equals(no)).toList();
        List<Placement> placed = placements == null ? List.of()
                : scan((after, limit) -> placements.list(after, limit), Placement::placementNo).stream()
                        .filter(p -> p.merchantNo().equals(no)).toList();
        CreditUseCases.CreditView creditView = credit.show(no, day) instanceof Outcome.Done<CreditUseCases.CreditView> d
                ? d.value() : null;
        return Optional.of(new MerchantFile(m.get(), day, pipeline.followUps(no), placed, leaseRecords, bills, earnest,
                creditView, requests.overtimes(no, null), requests.repairs(no, null), requests.feedbacks(no, null),
                pipeline.logOf(no)));
    }

    private static <T> List<T> scan(BiFunction<String, Integer, List<T>> page, java.util.function.Function<T, String> key) {
        List<T> all = new ArrayList<>();
        String after = null;
        while (true) {
            List<T> rows = page.apply(after, PAGE);
            all.addAll(rows);
            if (rows.size() < PAGE) {
                return all;
            }
            after = key.apply(rows.get(rows.size() - 1));
        }
    }
}
