package io.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The checks that every Relay connection of the contract must pass. Each document takes the
 * variables {@code $first} and {@code $after} and selects, at {@code path}, {@code totalCount},
 * {@code pageInfo { hasNextPage hasPreviousPage startCursor endCursor }},
 * {@code edges { cursor node { id } }} and {@code nodes { id }}.
 */
public final class Connections {

    private Connections() {
    }

    /** The variables given, plus more (names and values alternating). */
    public static Object[] with(Object[] variables, Object... more) {
        Object[] all = Arrays.copyOf(variables, variables.length + more.length);
        System.arraycopy(more, 0, all, variables.length, more.length);
        return all;
    }

    /** Ids of one page. */
    public static List<String> ids(String document, String path, Object... variables) {
        return GraphQLClient.data(document, variables).getList(path + ".nodes.id", String.class);
    }

    /**
     * Walks the whole list, {@code size} items a page, following {@code endCursor}; checks every
     * page (edges match nodes, cursors, hasNextPage, hasPreviousPage, the same totalCount) and that
     * every item comes exactly once. Returns the ids in order.
     */
    public static List<String> walk(String document, String path, int size, Object... variables) {
        List<String> ids = new ArrayList<>();
        String after = null;
        Integer total = null;
        for (int page = 0; ; page++) {
            assertThat("too many pages for " + path, page, lessThanOrEqualTo(1000));
            JsonPath json = GraphQLClient.data(document, with(variables, "first", size, "after", after));
            List<String> nodes = json.getList(path + ".nodes.id", String.class);
            List<String> edges = json.getList(path + ".edges.node.id", String.class);
            List<String> cursors = json.getList(path + ".edges.cursor", String.class);
            boolean hasNext = json.getBoolean(path + ".pageInfo.hasNextPage");
            int count = json.getInt(path + ".totalCount");

            assertThat("edges and nodes, page " + page, edges, equalTo(nodes));
            assertThat(cursors, hasSize(nodes.size()));
            assertThat(cursors, everyItem(not(emptyOrNullString())));
            assertThat(new HashSet<>(cursors), hasSize(cursors.size()));
            assertThat("hasPreviousPage, page " + page, json.getBoolean(path + ".pageInfo.hasPreviousPage"), is(after != null));
            if (nodes.isEmpty()) {
                assertThat(json.getString(path + ".pageInfo.startCursor"), nullValue());
                assertThat(json.getString(path + ".pageInfo.endCursor"), nullValue());
            } else {
                assertThat(json.getString(path + ".pageInfo.startCursor"), equalTo(cursors.get(0)));
                assertThat(json.getString(path + ".pageInfo.endCursor"), equalTo(cursors.get(cursors.size() - 1)));
            }
            if (hasNext) {
                assertThat("a page followed by more is full, page " + page, nodes, hasSize(size));
            } else {
                assertThat(nodes.size(), lessThanOrEqualTo(size));
            }
            if (total == null) {
                total = count;
            }
            assertThat("totalCount, page " + page, count, is(total));
            ids.addAll(nodes);
            if (!hasNext) {
                break;
            }
            after = json.getString(path + ".pageInfo.endCursor");
        }
        assertThat("every item once", new HashSet<>(ids), hasSize(ids.size()));
        assertThat("totalCount matches the items walked", ids, hasSize(total));
        return ids;
    }

    /** The first page with no {@code first}: 20 items at most. */
    public static JsonPath assertDefaultPage(String document, String path, List<String> all, Object... variables) {
        JsonPath json = GraphQLClient.data(document, variables);
        List<String> expected = all.subList(0, Math.min(20, all.size()));
        assertThat(json.getList(path + ".nodes.id", String.class), equalTo(expected));
        assertThat(json.getInt(path + ".totalCount"), is(all.size()));
        assertThat(json.getBoolean(path + ".pageInfo.hasNextPage"), is(all.size() > 20));
        assertThat(json.getBoolean(path + ".pageInfo.hasPreviousPage"), is(false));
        return json;
    }

    /** {@code first} limits the page; the next page starts after {@code endCursor}. */
    public static void assertFirstLimits(String document, String path, List<String> all, int first, Object... variables) {
        JsonPath json = GraphQLClient.data(document, with(variables, "first", first));
        assertThat(json.getList(path + ".nodes.id", String.class), equalTo(all.subList(0, Math.min(first, all.size()))));
        assertThat(json.getBoolean(path + ".pageInfo.hasNextPage"), is(all.size() > first));
        assertThat(json.getBoolean(path + ".pageInfo.hasPreviousPage"), is(false));
        assertThat(json.getInt(path + ".totalCount"), is(all.size()));
    }

    /** {@code first: 0}: no items, no cursors, the total, and more to come when the list is not empty. */
    public static void assertFirstZero(String document, String path, int total, Object... variables) {
        JsonPath json = GraphQLClient.data(document, with(variables, "first", 0));
        assertThat(json.getList(path + ".nodes"), empty());
        assertThat(json.getList(path + ".edges"), empty());
        assertThat(json.getString(path + ".pageInfo.startCursor"), nullValue());
        assertThat(json.getString(path + ".pageInfo.endCursor"), nullValue());
        assertThat(json.getBoolean(path + ".pageInfo.hasPreviousPage"), is(false));
        assertThat("hasNextPage with first: 0", json.getBoolean(path + ".pageInfo.hasNextPage"), is(total > 0));
        assertThat(json.getInt(path + ".totalCount"), is(total));
    }

    /** {@code first} over 100 or negative: BAD_USER_INPUT on "first". */
    public static void assertFirstOutOfRange(String document, Object... variables) {
        for (int first : new int[] {101, -1, 1000, Integer.MIN_VALUE}) {
            Errors.assertError(GraphQLClient.run(document, with(variables, "first", first)), Errors.BAD_USER_INPUT, "first");
        }
        GraphQLClient.data(document, with(variables, "first", 100));
    }

    /** Cursors that are not of this list: BAD_USER_INPUT on "after". */
    public static void assertBadCursors(String document, String foreignCursor, Object... variables) {
        for (String after : new String[] {"garbage", "not a cursor!", "AAAA", "AQAA", foreignCursor}) {
            Errors.assertError(GraphQLClient.run(document, with(variables, "after", after)), Errors.BAD_USER_INPUT, "after");
        }
    }

    /** The end cursor of the first item of another list, to be refused by this one. */
    public static String cursorOf(String document, String path, Object... variables) {
        return GraphQLClient.data(document, with(variables, "first", 1)).getString(path + ".pageInfo.endCursor");
    }
}
