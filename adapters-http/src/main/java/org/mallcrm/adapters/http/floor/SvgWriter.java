package org.mallcrm.adapters.http.floor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A small writer of well-formed SVG: elements open and close in order, attribute values and text are escaped,
 * and characters XML cannot carry are dropped. It knows nothing of floor plans.
 */
public final class SvgWriter {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean finished;
    private boolean rootWritten;

    public SvgWriter() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    public SvgWriter open(String name, String... attributes) {
        startTag(name, attributes);
        out.append(">\n");
        open.push(name);
        return this;
    }

    /** An element without content. */
    public SvgWriter empty(String name, String... attributes) {
        startTag(name, attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding only text. */
    public SvgWriter text(String name, String text, String... attributes) {
        startTag(name, attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** Closes the innermost open element. */
    public SvgWriter close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open");
        }
        out.append("</").append(open.pop()).append(">\n");
        return this;
    }

    /** Closes every open element and returns the document. */
    public String finish() {
        if (!finished) {
            while (!open.isEmpty()) {
                close();
            }
            finished = true;
        }
        return out.toString();
    }

    private void startTag(String name, String... attributes) {
        if (finished) {
            throw new IllegalStateException("the document is finished");
        }
        if (open.isEmpty()) {
            if (rootWritten) {
                throw new IllegalStateException("a document has one root element");
            }
            rootWritten = true;
        }
        requireName(name);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            requireName(attributes[i]);
            if (attributes[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an XML name: " + name);
        }
    }

    /** Escapes markup characters; drops characters XML 1.0 cannot hold (most controls, lone surrogates). */
    private void escape(String s, boolean attribute) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&apos;" : "'");
                case '\t', '\n', '\r' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
