package org.mallcrm.application.stall.port.in;

/**
 * Splits a vacant stall (铺位拆分) and files the split document, in one transaction: the parent becomes
 * {@code SPLIT}, the children are created {@code VACANT} with the parent's lineage.
 */
public interface SplitStallUseCase {

    ReshapeResult split(SplitStallCommand command);
}
