package org.mallcrm.adapters.http.imports;

/**
 * An import file that cannot be read at all: missing, not a regular file, or failing to read from the disk. Unlike an
 * {@link org.mallcrm.application.common.port.in.UnreadableFileException} (the file is there but its content is not
 * an import file), this is not bad data: the command line exits 66 with it, a web upload (whose file the server
 * wrote itself) treats it as a failure on the server's side.
 */
public final class InputFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputFileException(String message) {
        super(message);
    }
}
