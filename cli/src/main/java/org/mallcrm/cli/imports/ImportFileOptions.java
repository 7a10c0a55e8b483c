package org.mallcrm.cli.imports;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The file and options every {@code import KIND} takes. */
public final class ImportFileOptions {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "UTF-8 CSV with a header row (a BOM is fine), or .xlsx (first sheet, same columns).")
    Path file;

    @Option(names = "--dry-run", description = "Check every row and report; write nothing.")
    boolean dryRun;

    @Option(names = "--errors", paramLabel = "ERRORS.csv",
            description = "Also write the bad rows (line,column,value,reason) to this file.")
    Path errors;

    @Option(names = "--update",
            description = "Let rows whose key exists with different values update it (otherwise an error).")
    boolean update;
}
