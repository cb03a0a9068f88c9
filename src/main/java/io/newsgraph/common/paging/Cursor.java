package io.newsgraph.common.paging;

import io.newsgraph.common.error.BadUserInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort values of an item (never its database id), tagged with the
 * ordering they belong to so that a cursor of one list is refused by another.
 */
public final class Cursor {

    private static final byte VERSION = 1;

    private Cursor() {
    }

    public static String encode(String ordering, List<Object> values) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(ordering);
            out.writeByte(values.size());
            for (Object value : values) {
                if (value instanceof String s) {
                    out.writeByte('s');
                    out.writeUTF(s);
                } else if (value instanceof LocalDate d) {
                    out.writeByte('d');
                    out.writeLong(d.toEpochDay());
                } else if (value instanceof Number n) {
                    out.writeByte('n');
                    out.writeDouble(n.doubleValue());
                } else {
                    throw new IllegalArgumentException("Unsupported cursor value " + value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    public static List<Object> decode(String ordering, String cursor, int expectedValues) {
        try (var in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
            if (in.readByte() != VERSION || !in.readUTF().equals(ordering)) {
                throw invalid();
            }
            int count = in.readByte();
            if (count != expectedValues) {
                throw invalid();
            }
            List<Object> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                switch (in.readByte()) {
                    case 's' -> values.add(in.readUTF());
                    case 'd' -> values.add(LocalDate.ofEpochDay(in.readLong()));
                    case 'n' -> values.add(in.readDouble());
                    default -> throw invalid();
                }
            }
            if (in.available() > 0) {
                throw invalid();
            }
            return values;
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static BadUserInputException invalid() {
        return new BadUserInputException("after", "not a cursor of this list; use a cursor returned by the same field");
    }
}
