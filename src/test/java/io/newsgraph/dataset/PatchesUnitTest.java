package io.newsgraph.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsgraph.common.error.BadUserInputException;
import io.newsgraph.common.error.DomainException.Problem;
import io.newsgraph.dataset.Dataset.SourceEntry;
import io.newsgraph.dataset.Dataset.StatementEntry;
import io.newsgraph.dataset.Patches.SourcePatch;
import io.newsgraph.dataset.Patches.StatementPatch;
import io.newsgraph.statement.StatementKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partial updates: given fields replace, left-out fields keep their values, unset fields are cleared. */
class PatchesUnitTest {

    static final SourceEntry SOURCE = new SourceEntry("border-report", "Russians cross into Georgia", "Agency",
            "https://example.org/border", LocalDate.of(2022, 9, 27), "en", "Some 10,000 a day.");

    static SourcePatch sourcePatch(String title, String url, List<String> unset) {
        return new SourcePatch(title, null, url, null, null, null, unset);
    }

    @Test
    void givenFieldsReplaceAndTheRestStays() {
        SourceEntry patched = Patches.apply(SOURCE, sourcePatch("Russians cross into Kazakhstan", null, null));
        assertEquals(new SourceEntry("border-report", "Russians cross into Kazakhstan", "Agency", "https://example.org/border",
                LocalDate.of(2022, 9, 27), "en", "Some 10,000 a day."), patched);
    }

    @Test
    void anEmptyPatchChangesNothing() {
        assertEquals(SOURCE, Patches.apply(SOURCE, sourcePatch(null, null, List.of())));
    }

    @Test
    void unsetFieldsAreCleared() {
        SourceEntry patched = Patches.apply(SOURCE, new SourcePatch(null, null, null, null, null, null, List.of("url", "publisher")));
        assertEquals(null, patched.url());
        assertEquals(null, patched.publisher());
        assertEquals(SOURCE.title(), patched.title());
    }

    @Test
    void listsAreReplacedWhole() {
        StatementEntry statement = new StatementEntry("s", "We will keep the border open.", StatementKind.DIRECT_QUOTE, "tokayev",
                LocalDate.of(2022, 9, 27), "border-report", "Some 10,000 a day.", List.of("KZ", "RU"), List.of(), List.of(), null);
        StatementEntry patched = Patches.apply(statement,
                new StatementPatch(null, null, null, null, null, null, List.of("GE"), null, null, null));
        assertEquals(List.of("GE"), patched.countries());
        assertSame(statement.places(), patched.places());
    }

    @Test
    void unsettingAFieldThatIsNoneOrThatIsGivenIsRefusedWithEveryProblem() {
        BadUserInputException refused = assertThrows(BadUserInputException.class,
                () -> Patches.apply(SOURCE, sourcePatch(null, "https://example.org/other", List.of("colour", "url", "unset"))));
        assertEquals(List.of(
                new Problem("input.unset[0]", "'colour' is not a field that can be unset"),
                new Problem("input.unset[1]", "'url' is both given and unset"),
                new Problem("input.unset[2]", "'unset' is not a field that can be unset")), refused.getProblems());
    }
}
