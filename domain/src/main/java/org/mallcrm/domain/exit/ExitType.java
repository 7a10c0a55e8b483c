package org.mallcrm.domain.exit;

/** Why a merchant leaves a stall: 退租 surrender, 调铺 relocation, 转租 sublet, 转让 assignment. */
public enum ExitType {
    SURRENDER,
    RELOCATION,
    SUBLET,
    ASSIGNMENT
}
