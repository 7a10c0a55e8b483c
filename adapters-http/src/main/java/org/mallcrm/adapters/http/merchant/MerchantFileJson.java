package org.mallcrm.adapters.http.merchant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import org.mallcrm.adapters.http.credit.CreditJson;
import org.mallcrm.adapters.http.lease.BillJson;
import org.mallcrm.adapters.http.lease.DepositJson;
import org.mallcrm.adapters.http.lease.LeaseJson;
import org.mallcrm.adapters.http.lease.PlacementJson;
import org.mallcrm.adapters.http.request.RequestJson;
import org.mallcrm.application.merchantfile.port.in.MerchantFileQuery;

/**
 * The 360° merchant file ({@code merchants show}, {@code GET /api/v1/merchants/{no}}): every field of
 * {@link MerchantJson} (so {@code stage} and {@code stage_history} as the contract says), then {@code contacts},
 * {@code follow_ups}, {@code placements}, {@code leases}, {@code outstanding_bills}, {@code earnest_money},
 * {@code credit} ({@link CreditJson} without its records and events: see {@code credit show}), the three kinds
 * of {@code requests}, and the {@code operations_log}.
 */
public record MerchantFileJson(
        @JsonUnwrapped MerchantJson merchant,
        LocalDate asOf,
        List<PipelineJson.ContactJson> contacts,
        List<PipelineJson.FollowUpJson> followUps,
        List<PlacementJson> placements,
        List<LeaseJson> leases,
        List<BillJson> outstandingBills,
        List<DepositJson> earnestMoney,
        CreditSummary credit,
        List<RequestJson> overtimeRequests,
        List<RequestJson> repairRequests,
        List<RequestJson> feedback,
        List<PipelineJson.LogJson> operationsLog) {

    /** Score, grade and blacklisting as of the file's day; {@code records} counts every record, {@code under_appeal} those waiting. */
    public record CreditSummary(int score, String grade, LocalDate blacklistedUntil, String blacklistCause,
            boolean whitelisted, int records, long underAppeal) {
    }

    public static MerchantFileJson of(MerchantFileQuery.MerchantFile f, LocalDate today) {
        CreditSummary credit = null;
        if (f.credit() != null) {
            CreditJson c = CreditJson.of(f.credit());
            credit = new CreditSummary(c.score(), c.grade(), c.blacklistedUntil(), c.blacklistCause(), c.whitelisted(),
                    c.records().size(), c.records().stream().filter(r -> r.appeal().equals("UNDER_APPEAL")).count());
        }
        return new MerchantFileJson(MerchantJson.of(f.merchant(), today), f.asOf(),
                f.merchant().contacts().stream().map(PipelineJson.ContactJson::of).toList(),
                f.followUps().stream().map(PipelineJson.FollowUpJson::of).toList(),
                f.placements().stream().map(PlacementJson::of).toList(),
                f.leases().stream().map(l -> LeaseJson.of(l, today)).toList(),
                f.outstandingBills().stream().map(BillJson::of).toList(),
                f.earnestMoney().stream().map(e -> DepositJson.of(e, null)).toList(),
                credit,
                f.overtimeRequests().stream().map(RequestJson::of).toList(),
                f.repairRequests().stream().map(RequestJson::of).toList(),
                f.feedback().stream().map(RequestJson::of).toList(),
                f.operationsLog().stream().map(PipelineJson.LogJson::of).toList());
    }
}
