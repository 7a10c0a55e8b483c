package org.mallcrm.domain.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of file the mall imports in bulk (批量导入), with the capability over its records. Importing a kind takes
 * both {@link Capability#IMPORTS} and that capability: a department that may not record receipts one by one may not
 * import a file of them either. Who may import what is thus read off the one table of {@link Department}.
 */
public enum ImportKind {
    /** 铺位: stall records, kept by 招商部 and 档案部. */
    STALLS("铺位", Capability.STALL_RESHAPE),
    /** 商户: the merchant register and its pipeline. */
    MERCHANTS("商户", Capability.PIPELINE),
    /** 租赁合同 (JSON Lines of lease specs). */
    LEASES("租赁合同", Capability.LEASES),
    /** 收款单. */
    RECEIPTS("收款单", Capability.RECEIPTS),
    /** 渠道报备: coach trips announced by channels. */
    TRIPS("渠道报备", Capability.CHANNELS),
    /** 扫码记录: channel codes and gate check-ins. */
    SCANS("扫码记录", Capability.CHANNELS),
    /** 下游客户. */
    BUYERS("下游客户", Capability.BUYERS);

    private final String label;
    private final Capability capability;

    ImportKind(String label, Capability capability) {
        this.label = label;
        this.capability = capability;
    }

    /** What the console calls it: 铺位, 收款单 … */
    public String label() {
        return label;
    }

    /** The capability over the kind's records, needed besides {@link Capability#IMPORTS}. */
    public Capability capability() {
        return capability;
    }

    /** The name the command line and the web pages use: {@code stalls}, {@code receipts} … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A kind by its code ({@code stalls}, any case). */
    public static Optional<ImportKind> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(c)).findFirst();
    }

    /** Whether a department's staff may import files of this kind. */
    public boolean importableBy(Department department) {
        return department.may(Capability.IMPORTS) && department.may(capability);
    }

    /** Whether a principal may import files of this kind (staff only; see {@link Principal#may}). */
    public boolean importableBy(Principal principal) {
        return principal != null && principal.may(Capability.IMPORTS) && principal.may(capability);
    }
}
