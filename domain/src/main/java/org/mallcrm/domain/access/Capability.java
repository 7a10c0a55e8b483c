package org.mallcrm.domain.access;

/**
 * A kind of change a staff member may make. Reading is open to every staff member; each write belongs to one
 * capability, and {@link Department} says which departments hold it.
 */
public enum Capability {
    /** Split, merge and change stalls (拆分单, 合并单, 变更单). */
    STALL_RESHAPE("铺位拆分合并变更"),
    /** The merchant pipeline: register, advance, follow-ups, contacts, the operations log. */
    PIPELINE("商户跟进"),
    /** Placements (落位单): create, approve, reject. */
    PLACEMENTS("落位单"),
    /** Leases: sign, amend, import. */
    LEASES("租赁合同"),
    /** Earnest money (订金/定金): hold, refund, forfeit, expire. */
    DEPOSITS("订金定金"),
    /** Receipts (收款单). */
    RECEIPTS("收款"),
    /** Exits (退铺) and their settlement. */
    EXITS("退铺结算"),
    /** Close commission statements and subsidy statements (结算单). */
    STATEMENTS("结算单"),
    /** Behaviour records, appeals and behaviour types (信誉). */
    CREDIT("信誉考核"),
    /** Merchants' overtime, repair and feedback requests: approve, assign, resolve, answer. */
    REQUESTS("商户申请处理"),
    /** Channels: trips, commission rules, corrections. */
    CHANNELS("渠道"),
    /** Buyers: import, edit. */
    BUYERS("下游客户"),
    /** Campaigns and coupons: create, start, pause, end, reverse redemptions. */
    CAMPAIGNS("活动与优惠券"),
    /** Bulk imports of files. */
    IMPORTS("批量导入"),
    /** Per-mall settings (参数设置). */
    SETTINGS("参数设置"),
    /** Accounts, tokens, the sign-in and operation logs. */
    ACCOUNTS("账号与日志");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    /** What the console shows: 收款, 落位单 … */
    public String label() {
        return label;
    }
}
