package org.mallcrm.application.common.port.in;

/**
 * How an import runs.
 *
 * @param dryRun validate everything, write nothing
 * @param update let a row whose natural key exists with different values update it (otherwise an error)
 */
public record ImportOptions(boolean dryRun, boolean update) {

    public static final ImportOptions DEFAULT = new ImportOptions(false, false);
}
