package org.mallcrm.domain.stall;

/** Where a stall stands (铺位状态). {@code SPLIT} and {@code MERGED} are terminal and kept for lineage. */
public enum StallStatus {
    /** 待租: white on the plan. */
    VACANT,
    /** 铺位已定: locked by earnest money. */
    RESERVED,
    /** 已租: blue on the plan. */
    LEASED,
    /** 装修中. */
    RENOVATING,
    /** 已拆分: retired by a split. */
    SPLIT,
    /** 已合并: retired by a merge. */
    MERGED;

    /** Active stalls occupy floor space; retired ones are history. */
    public boolean isActive() {
        return this != SPLIT && this != MERGED;
    }

    /** The statuses a stall may be given by an import. */
    public boolean isImportable() {
        return this == VACANT || this == LEASED || this == RENOVATING;
    }
}
