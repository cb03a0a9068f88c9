package io.newsgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The review page is served to anyone (it signs in itself), loads only from this host, and its script is there. */
@QuarkusTest
class ReviewPageTest {

    @Test
    void theReviewPageIsSelfContained() {
        given().get("/review").then().statusCode(200)
                .header("Content-Type", containsString("text/html"))
                .header("Content-Security-Policy", equalTo(LandingPage.CONTENT_SECURITY_POLICY))
                .body(containsString("id=\"login-form\""), containsString("/assets/review.js"), not(containsString("http://")),
                        not(containsString("https://")));
        given().get("/assets/review.js").then().statusCode(200)
                .body(containsString("/datasets/proposals"), containsString("importDataset"), not(containsString("https://")));
        given().get("/assets/review.css").then().statusCode(200);
    }
}
