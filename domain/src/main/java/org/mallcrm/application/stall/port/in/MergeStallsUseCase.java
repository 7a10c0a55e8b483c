package org.mallcrm.application.stall.port.in;

/**
 * Merges neighbouring vacant stalls (铺位合并) and files the merge document, in one transaction: the parents become
 * {@code MERGED}, the new stall is created {@code VACANT} with their lineage.
 */
public interface MergeStallsUseCase {

    ReshapeResult merge(MergeStallsCommand command);
}
