package io.newsgraph.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The key format of every addressable entity, and keys derived from names. */
class KeysUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "kassym-jomart-tokayev", "verkhni-lars-2", "a--b", "a-"})
    void validKeys(String key) {
        assertTrue(Keys.isValid(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "Tokayev", "a b", "a_b", "zürich", "a.b"})
    void invalidKeys(String key) {
        assertFalse(Keys.isValid(key));
    }

    @Test
    void aKeyHasAtMostMaxLengthCharacters() {
        assertFalse(Keys.isValid(null));
        assertTrue(Keys.isValid("a".repeat(Keys.MAX_LENGTH)));
        assertFalse(Keys.isValid("a".repeat(Keys.MAX_LENGTH + 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Verkhni Lars|verkhni-lars",
            "Kassym-Jomart Tokayev|kassym-jomart-tokayev",
            "Zürich Café|zurich-cafe",
            "  Ministry of Internal Affairs (Georgia)  |ministry-of-internal-affairs-georgia",
            "WHO|who",
            "!!!|x",
            "Москва|x"})
    void aNameGivesAReadableKey(String name, String key) {
        assertEquals(key, Keys.slugOf(name));
        assertTrue(Keys.isValid(Keys.slugOf(name)));
    }

    @Test
    void aLongNameIsCutAtAWordBoundary() {
        String name = "The Ministry of Foreign Affairs of the Republic of Kazakhstan and its Consular Service";
        String key = Keys.slugOf(name);
        assertEquals("the-ministry-of-foreign-affairs-of-the-republic-of", key);
    }

    @Test
    void aLongWordIsCutAtSixtyCharacters() {
        assertEquals("a".repeat(60), Keys.slugOf("a".repeat(80)));
    }
}
