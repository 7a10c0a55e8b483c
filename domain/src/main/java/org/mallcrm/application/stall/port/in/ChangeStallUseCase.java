package org.mallcrm.application.stall.port.in;

/**
 * Renumbers a stall and/or records a newly surveyed leasable area (铺位变更) and files the change document, in one
 * transaction. A renumbered stall keeps its lineage under its new number.
 */
public interface ChangeStallUseCase {

    ReshapeResult change(ChangeStallCommand command);
}
