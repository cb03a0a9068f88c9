package io.newsgraph.planner;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.newsgraph.planner.Answers.Answer;
import org.junit.jupiter.api.Test;

/** What the differential test counts as a different answer: anything a client could tell apart. */
class AnswersUnitTest {

    static final String BODY = "{\"data\":{\"statistic\":{\"value\":98000.0,\"low\":null,\"unit\":\"people\"}}}";
    static final String ERROR = "{\"message\":\"id: Official 'nope' does not exist\",\"locations\":[{\"line\":1,\"column\":3}],"
            + "\"path\":[\"official\"],\"extensions\":{\"classification\":\"DataFetchingException\",\"field\":\"id\","
            + "\"problems\":[{\"field\":\"id\",\"message\":\"Official 'nope' does not exist\"}],\"code\":\"NOT_FOUND\"}}";
    static final String ERROR_2 = ERROR.replace("\"official\"]", "\"a\"]");

    @Test
    void identicalAnswersAgree() {
        assertThat(Answers.difference(answer(BODY), answer(BODY)), nullValue());
    }

    @Test
    void anotherValueKeyOrderOrNumberFormatIsADifference() {
        assertThat(Answers.difference(answer(BODY.replace("98000.0", "98001.0")), answer(BODY)), containsString("98001.0"));
        assertThat(Answers.difference(answer(BODY.replace("\"value\":98000.0,\"low\":null", "\"low\":null,\"value\":98000.0")),
                answer(BODY)), containsString("- "));
        assertThat(Answers.difference(answer(BODY.replace("98000.0", "98000")), answer(BODY)), containsString("98000"));
        assertThat(Answers.difference(answer(BODY.replace("98000.0", "9.8E4")), answer(BODY)), containsString("9.8E4"));
        assertThat(Answers.difference(answer(BODY.replace("\"low\":null,", "")), answer(BODY)), containsString("low"));
    }

    @Test
    void theSameJsonWrittenDifferentlyIsADifferenceToo() {
        String spaced = BODY.replace(":", ": ");
        assertThat(Answers.difference(answer(spaced), answer(BODY)), containsString("written differently"));
    }

    @Test
    void errorsAreComparedByMessagePathCodeAndProblemsInOrderButNotByLocation() {
        String both = "{\"errors\":[" + ERROR + "," + ERROR_2 + "],\"data\":{\"official\":null,\"a\":null}}";
        String swapped = "{\"errors\":[" + ERROR_2 + "," + ERROR + "],\"data\":{\"official\":null,\"a\":null}}";
        String otherCode = both.replace("\"NOT_FOUND\"", "\"BAD_USER_INPUT\"");
        String otherLocation = both.replace("\"column\":3", "\"column\":4");

        assertThat(Answers.difference(answer(swapped), answer(both)), containsString("errors differ"));
        assertThat(Answers.difference(answer(otherCode), answer(both)), containsString("BAD_USER_INPUT"));
        assertThat(Answers.difference(answer(otherLocation), answer(both)), nullValue());
        assertThat(Answers.difference(answer(both.replace("\"a\":null", "\"a\":{}")), answer(both)),
                containsString("data differs"));
    }

    @Test
    void statusAndMediaTypeCount() {
        assertThat(Answers.difference(new Answer(400, "application/json", "planner", BODY), answer(BODY)),
                containsString("HTTP status"));
        assertThat(Answers.difference(new Answer(200, "text/plain", "planner", BODY), answer(BODY)),
                containsString("media type"));
    }

    @Test
    void theRawDataMemberIsCutFromTheBodyAsWritten() {
        String body = "{\"errors\":[" + ERROR + "],\"data\" : {\"x\": [1.50, {\"y\":null}]} }";
        assertThat(Answers.rawMember(body, "data"), equalTo("{\"x\": [1.50, {\"y\":null}]}"));
        assertThat(Answers.rawMember("{\"data\":null}", "data"), equalTo("null"));
        assertThat(Answers.rawMember("{\"errors\":[]}", "data"), nullValue());
    }

    private static Answer answer(String body) {
        return new Answer(200, "application/json", null, body);
    }
}
