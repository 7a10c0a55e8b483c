package org.mallcrm.adapters.http.web.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a {@code multipart/form-data} form (RFC 7578), streamed to temporary files as they arrive and deleted
 * when the request is over, and its other fields as a {@link Form}. The one reader of uploads: the dispatcher reads a
 * multipart form with it before checking the CSRF token, and a page reads the files from its exchange.
 *
 * <p>Limits: every file of a request together at most {@link #MAX_FILE_BYTES} (a larger one is a 413 page, its
 * temporary file deleted), the fields at most {@link Form#MAX_BYTES}, a part's headers at most 16 KiB; a body that is
 * not multipart as its boundary says is a 400 page.
 */
public final class Uploads implements AutoCloseable {

    /** The most a request's files may hold together: 32 MiB. */
    public static final long MAX_FILE_BYTES = 32L << 20;
    /**
     * The most a request body may hold at all (files, fields and multipart framing): the server refuses a declared
     * larger body before any route runs.
     */
    public static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES + (1L << 20);

    /** Where the console's upload forms post to. */
    public static final String PATH_PREFIX = "/imports";

    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");

    /** An uploaded file: the form field it came in, its name as the user's computer called it, where it is kept. */
    public record Upload(String field, String name, Path path, long size) {
    }

    public static final Uploads NONE = new Uploads(List.of());

    private final List<Upload> files;

    private Uploads(List<Upload> files) {
        this.files = files;
    }

    /** The file sent in that field, if one was chosen (a browser sends an empty part with no name when none was). */
    public Optional<Upload> file(String field) {
        return files.stream().filter(f -> f.field().equals(field) && !f.name().isEmpty()).findFirst();
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        for (Upload f : files) {
            try {
                Files.deleteIfExists(f.path());
            } catch (IOException ignored) {
                // the temporary folder is cleaned by the system
            }
        }
    }

    /**
     * The page the server answers (before any route runs, so without the layout or the viewer's language) when an
     * upload declares a body over {@link #MAX_REQUEST_BYTES}.
     */
    public static byte[] tooLargePage() {
        long mb = MAX_FILE_BYTES >> 20;
        Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
        Messages en = Messages.of(Locale.ENGLISH);
        return ("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + zh.t("error.413.title")
                + "</title></head><body><h1>" + zh.t("error.413.title") + "</h1><p>" + zh.t("error.413.upload", mb)
                + "</p><p lang=\"en\">" + en.t("error.413.upload", mb) + "</p><p><a href=\"" + PATH_PREFIX + "\">"
                + zh.t("menu.imports") + "</a></p></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a content type is a multipart form. */
    public static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** What a multipart form held: its fields and its files. */
    public record Parsed(Form form, Uploads uploads) {
    }

    /**
     * Reads a multipart form body to its end.
     *
     * @throws WebException 400 when it is not a multipart body as its boundary says, 413 when its files are too large
     */
    public static Parsed read(InputStream body, String contentType) {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw new WebException(400, "error.400.multipart");
        }
        String boundary = m.group(1) != null ? m.group(1) : m.group(2);
        List<Upload> files = new ArrayList<>();
        Uploads uploads = new Uploads(files);
        try {
            Parser p = new Parser(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
            StringBuilder fields = new StringBuilder();
            long fileBytes = 0;
            p.skipPreamble();
            while (p.nextPart()) {
                String disposition = p.header("content-disposition");
                String name = param(disposition, "name");
                String filename = filename(disposition);
                if (filename != null) {
                    Path temp = Files.createTempFile("mallcrm-upload-", ".part");
                    long size;
                    try (OutputStream out = Files.newOutputStream(temp)) {
                        files.add(new Upload(name == null ? "" : name, filename, temp, 0));
                        size = p.body(out, MAX_FILE_BYTES - fileBytes);
                    }
                    fileBytes += size;
                    files.set(files.size() - 1, new Upload(name == null ? "" : name, filename, temp, size));
                } else {
                    ByteArrayOutputStream v = new ByteArrayOutputStream();
                    p.body(v, Form.MAX_BYTES - fields.length(), 400);
                    if (name != null) {
                        if (!fields.isEmpty()) {
                            fields.append('&');
                        }
                        fields.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                                .append(java.net.URLEncoder.encode(v.toString(StandardCharsets.UTF_8),
                                        StandardCharsets.UTF_8));
                    }
                }
            }
            return new Parsed(Form.parse(fields.toString()), uploads);
        } catch (IOException e) {
            uploads.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            uploads.close();
            throw e;
        }
    }

    /** A parameter of a header such as {@code form-data; name="file"; filename="a.csv"}, unquoted. */
    static String param(String header, String name) {
        if (header == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)(?:^|;)\\s*" + Pattern.quote(name) + "\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;]*))")
                .matcher(header);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2).strip();
    }

    /**
     * The file name of a part ({@code filename*=UTF-8''…} preferred), reduced to its last path segment without
     * control characters, at most 200 characters; null when the part is not a file.
     */
    static String filename(String disposition) {
        String star = param(disposition, "filename*");
        String name = null;
        if (star != null) {
            int q = star.indexOf("''");
            if (q >= 0) {
                try {
                    name = java.net.URLDecoder.decode(star.substring(q + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    name = null;
                }
            }
        }
        if (name == null) {
            name = param(disposition, "filename");
        }
        if (name == null) {
            return null;
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** A multipart body read part by part, each part's content streamed until the next delimiter. */
    private static final class Parser {
        private final InputStream in;
        private final byte[] delimiter;
        private final byte[] buf = new byte[1 << 16];
        private int start;
        private int end;
        private boolean eof;
        private final java.util.Map<String, String> headers = new java.util.HashMap<>();

        Parser(InputStream in, byte[] delimiter) {
            this.in = in;
            this.delimiter = delimiter;
        }

        /** Makes at least {@code n} bytes available unless the body ends first; whether they are. */
        private boolean fill(int n) throws IOException {
            if (end - start >= n) {
                return true;
            }
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
            while (end < n && !eof) {
                int r = in.read(buf, end, buf.length - end);
                if (r < 0) {
                    eof = true;
                } else {
                    end += r;
                }
            }
            return end - start >= n;
        }

        private int indexOf(byte[] what, int from) {
            outer:
            for (int i = from; i <= end - what.length; i++) {
                for (int j = 0; j < what.length; j++) {
                    if (buf[i + j] != what[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /** Skips to the first delimiter (which may start the body without its CRLF). */
        void skipPreamble() throws IOException {
            byte[] first = java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length);
            if (fill(first.length) && indexOf(first, start) == start) {
                start += first.length;
                return;
            }
            body(OutputStream.nullOutputStream(), Long.MAX_VALUE, 400);
        }

        /** After a delimiter: false at the closing one, else reads the part's headers. */
        boolean nextPart() throws IOException {
            if (!fill(2)) {
                throw new WebException(400, "error.400.multipart");
            }
            if (buf[start] == '-' && buf[start + 1] == '-') {
                return false;
            }
            // transport padding, then CRLF
            while (fill(1) && (buf[start] == ' ' || buf[start] == '\t')) {
                start++;
            }
            if (!fill(2) || buf[start] != '\r' || buf[start + 1] != '\n') {
                throw new WebException(400, "error.400.multipart");
            }
            start += 2;
            headers.clear();
            byte[] crlf = {'\r', '\n'};
            int total = 0;
            while (true) {
                int at;
                while ((at = indexOf(crlf, start)) < 0) {
                    if (eof || end - start >= MAX_HEADER_BYTES) {
                        throw new WebException(400, "error.400.multipart");
                    }
                    fill(end - start + 1);
                }
                String line = new String(buf, start, at - start, StandardCharsets.UTF_8);
                total += at - start + 2;
                start = at + 2;
                if (total > MAX_HEADER_BYTES) {
                    throw new WebException(400, "error.400.multipart");
                }
                if (line.isEmpty()) {
                    return true;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
        }

        String header(String name) {
            return headers.get(name);
        }

        /** Streams the part's content to {@code out}, up to {@code max} bytes (else 413); returns its size. */
        long body(OutputStream out, long max) throws IOException {
            return body(out, max, 413);
        }

        long body(OutputStream out, long max, int overStatus) throws IOException {
            long n = 0;
            while (true) {
                fill(delimiter.length);
                int at = indexOf(delimiter, start);
                int upTo = at >= 0 ? at : eof ? end : Math.max(start, end - delimiter.length + 1);
                if (at < 0 && eof) {
                    throw new WebException(400, "error.400.multipart");
                }
                int len = upTo - start;
                n += len;
                if (n > max) {
                    throw overStatus == 413 ? new WebException(413, "error.413.upload", MAX_FILE_BYTES >> 20)
                            : new WebException(overStatus, "error.400.multipart");
                }
                out.write(buf, start, len);
                start = upTo;
                if (at >= 0) {
                    start += delimiter.length;
                    return n;
                }
                if (end - start >= delimiter.length - 1 && !fill(end - start + 1)) {
                    // nothing more will come: the loop reports the missing delimiter
                    continue;
                }
            }
        }
    }
}
