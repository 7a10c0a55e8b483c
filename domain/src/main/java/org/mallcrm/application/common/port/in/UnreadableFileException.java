package org.mallcrm.application.common.port.in;

/**
 * A problem of a whole import file, found by its reader: it is empty or has no header, its bytes are not UTF-8, its
 * CSV quoting is broken, it is not a workbook. Nothing of such a file is imported; the message is one sentence that
 * names the line when there is one (e.g. "not valid UTF-8 on line 17").
 */
public class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
