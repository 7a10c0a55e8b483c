package org.mallcrm.cli.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mallcrm.cli.CliException;

/**
 * The files a command writes where it is told to ({@code stalls plan --out}, {@code import --errors}), alike for every
 * command: the target is checked before any work is done, and a folder is never made. A target whose folder does not
 * exist, or which is a folder itself, is a usage error (64) naming the option and the folder; a file that then cannot
 * be written is the same.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Refuses (64) a target the command could not write: its folder does not exist, or it is a folder.
     *
     * @param option the option that named it ({@code --out})
     * @param what   what would be written, for the message ({@code "the plan"})
     */
    public static void checkTarget(String option, Path target, String what) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw CliException.usage(option + " " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw CliException.usage(option + " " + target + " is a folder; name a file to write " + what + " to");
        }
    }

    /** Writes the text as UTF-8 to a target checked by {@link #checkTarget}; 64 when it cannot be written. */
    public static void write(String option, Path target, String what, String text) {
        checkTarget(option, target, what);
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliException.usage(option + " " + target + ": cannot write " + what + " (" + e.getMessage() + ")");
        }
    }
}
