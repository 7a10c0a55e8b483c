package org.mallcrm.cli.output;

/** How a command prints its result. */
public enum Format {
    TABLE, JSON, CSV
}
