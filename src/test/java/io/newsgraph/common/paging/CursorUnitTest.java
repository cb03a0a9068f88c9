package io.newsgraph.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.common.error.BadUserInputException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyset cursors: the sort values round-trip, and a cursor of another list, or no cursor at all, is refused. */
class CursorUnitTest {

    @Test
    void sortValuesRoundTrip() {
        List<Object> values = List.of("Zürich – «quoted»", LocalDate.of(2022, 9, 27), 10000.5, "kassym-jomart-tokayev");
        String cursor = Cursor.encode("statements-by-date:desc", values);
        assertEquals(values, Cursor.decode("statements-by-date:desc", cursor, 4));
    }

    @Test
    void numbersComeBackAsDoubles() {
        String cursor = Cursor.encode("by-value:asc", List.of(42, 7L));
        assertEquals(List.of(42.0, 7.0), Cursor.decode("by-value:asc", cursor, 2));
    }

    @Test
    void aCursorIsOpaqueAndUrlSafe() {
        String cursor = Cursor.encode("sources-by-date:desc", List.of(LocalDate.of(2022, 9, 27), "a/b+c?d"));
        assertEquals(cursor, cursor.replaceAll("[^A-Za-z0-9_-]", ""));
        assertNotEquals(cursor, Cursor.encode("sources-by-date:asc", List.of(LocalDate.of(2022, 9, 27), "a/b+c?d")));
    }

    @Test
    void aCursorOfAnotherOrderingIsRefused() {
        String cursor = Cursor.encode("statements-by-date:desc", List.of("x"));
        assertRefused(() -> Cursor.decode("statements-by-date:asc", cursor, 1));
        assertRefused(() -> Cursor.decode("statistics-by-period:desc", cursor, 1));
    }

    @Test
    void aCursorWithAnotherNumberOfValuesIsRefused() {
        String cursor = Cursor.encode("by-name:asc", List.of("a", "b"));
        assertRefused(() -> Cursor.decode("by-name:asc", cursor, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a cursor", "AQ", "////", "AQAFYnktaWQB"})
    void whatIsNoCursorIsRefused(String cursor) {
        assertRefused(() -> Cursor.decode("by-id:asc", cursor, 1));
    }

    @Test
    void trailingBytesAreRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(Cursor.encode("by-name:asc", List.of("a")));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertRefused(() -> Cursor.decode("by-name:asc", Base64.getUrlEncoder().withoutPadding().encodeToString(longer), 1));
    }

    @Test
    void onlyStringsDatesAndNumbersAreSortValues() {
        assertThrows(IllegalArgumentException.class, () -> Cursor.encode("by-flag:asc", List.of(true)));
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable decode) {
        BadUserInputException refused = assertThrows(BadUserInputException.class, decode);
        assertEquals("after", refused.getField());
    }
}
