package io.newsgraph.common.paging;

import static io.newsgraph.common.paging.Ordering.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.common.error.BadUserInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An ordering's HQL: its sort keys in one direction, and "strictly after this item" as a keyset
 * condition, both over the alias that the query using it gives the items.
 */
class OrderingUnitTest {

    record Item(LocalDate date, String key) {
    }

    static final Ordering<Item> NEWEST_FIRST = Ordering.of("items-by-date", true,
            key(e -> e + ".sortDate", Item::date), key(e -> e + ".key", Item::key));
    static final Ordering<Item> BY_KEY = Ordering.of("items-by-key", false, key(e -> e + ".key", Item::key));

    @Test
    void everyKeyIsSortedInTheOrderingsDirection() {
        assertEquals("e.sortDate desc, e.key desc", NEWEST_FIRST.orderBy("e"));
        assertEquals("e.key asc", BY_KEY.orderBy("e"));
    }

    @Test
    void theKeysAreWrittenForTheAliasOfTheQuery() {
        assertEquals("o.sortDate desc, o.key desc", NEWEST_FIRST.orderBy("o"));
        assertEquals("((o.key > :after0))", BY_KEY.after("o", BY_KEY.cursorOf(new Item(null, "m")), new HashMap<>()));
    }

    @Test
    void anAttributeKeyIsTheAttributeOfTheItem() {
        Ordering<Item> byName = Ordering.of("items-by-name", false, key(Attributes.named("name"), Item::key));
        assertEquals("x.name asc", byName.orderBy("x"));
    }

    @Test
    void afterACursorIsEveryItemPastItsSortValues() {
        Item item = new Item(LocalDate.of(2022, 9, 27), "tokayev-27");
        Map<String, Object> params = new HashMap<>();

        String condition = NEWEST_FIRST.after("e", NEWEST_FIRST.cursorOf(item), params);

        assertEquals("((e.sortDate < :after0) or (e.sortDate = :after0 and e.key < :after1))", condition);
        assertEquals(Map.of("after0", LocalDate.of(2022, 9, 27), "after1", "tokayev-27"), params);
    }

    @Test
    void anAscendingOrderingLooksForGreaterValues() {
        Map<String, Object> params = new HashMap<>();
        assertEquals("((e.key > :after0))", BY_KEY.after("e", BY_KEY.cursorOf(new Item(null, "m")), params));
        assertEquals(Map.of("after0", "m"), params);
    }

    @Test
    void aCursorOfTheOtherDirectionOrAnotherOrderingIsRefused() {
        Ordering<Item> oldestFirst = Ordering.of("items-by-date", false,
                key(e -> e + ".sortDate", Item::date), key(e -> e + ".key", Item::key));
        String newest = NEWEST_FIRST.cursorOf(new Item(LocalDate.of(2022, 9, 27), "a"));
        assertThrows(BadUserInputException.class, () -> oldestFirst.after("e", newest, new HashMap<>()));
        assertThrows(BadUserInputException.class, () -> BY_KEY.after("e", newest, new HashMap<>()));
    }

    @Test
    void cursorsFollowTheSortValuesOnly() {
        Item a = new Item(LocalDate.of(2022, 9, 27), "a");
        assertEquals(NEWEST_FIRST.cursorOf(a), NEWEST_FIRST.cursorOf(new Item(LocalDate.of(2022, 9, 27), "a")));
        List<String> cursors = List.of(NEWEST_FIRST.cursorOf(a), NEWEST_FIRST.cursorOf(new Item(LocalDate.of(2022, 9, 26), "a")));
        assertEquals(2, cursors.stream().distinct().count());
    }
}
