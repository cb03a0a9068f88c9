package io.newsgraph.chart;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny SVG writer: elements, attributes in the order given, escaped text, and numbers in one
 * fixed format (at most one decimal, '.' as separator, whatever the JVM's locale), so that the
 * same drawing always gives the same bytes. Not a general XML library: it writes well-formed
 * markup for what {@link SeriesChart} draws and nothing else.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(16_384);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean tagOpen;

    Svg start(String name, Object... attributes) {
        closeTag();
        out.append('<').append(name);
        attributes(attributes);
        tagOpen = true;
        open.push(name);
        return this;
    }

    /** An element without children. */
    Svg empty(String name, Object... attributes) {
        closeTag();
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    Svg text(String name, String text, Object... attributes) {
        closeTag();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        escape(text, false);
        out.append("</").append(name).append('>');
        return this;
    }

    Svg end() {
        String name = open.pop();
        if (tagOpen) {
            out.append("/>");
            tagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** Line breaks between top-level parts keep the file readable in a text editor; they do not render. */
    Svg newline() {
        closeTag();
        out.append('\n');
        return this;
    }

    String finish() {
        while (!open.isEmpty()) {
            end();
        }
        return out.append('\n').toString();
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]).append("=\"");
            escape(value instanceof Double d ? number(d) : String.valueOf(value), true);
            out.append('"');
        }
    }

    private void closeTag() {
        if (tagOpen) {
            out.append('>');
            tagOpen = false;
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t', '\r' -> out.append(' ');
                default -> {
                    // Characters XML 1.0 does not allow (controls, lone surrogates) are dropped.
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (!Character.isSurrogate(c) || validPair(text, i))) {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A coordinate or length: rounded to a tenth, without a trailing ".0". */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }
}
