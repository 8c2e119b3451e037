package org.sovplan.capacity.site;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.sovplan.capacity.support.Api.asAdmin;
import static org.sovplan.capacity.support.Api.asViewer;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.sovplan.capacity.support.Parallel;
import org.sovplan.capacity.support.SiteBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SiteConcurrencyTest {

    @RepeatedTest(3)
    void ofTwoParallelUpdatesOfOneVersionExactlyOneWins() throws Exception {
        SiteBuilder site = SiteBuilder.site();
        UUID id = site.create();
        List<Response> answers = Parallel.run(2, 2, i -> asAdmin()
                .body(SiteBuilder.siteIn(site.regionCode()).name("Writer " + i).set("version", 0).body())
                .put("/api/v1/sites/" + id));

        List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
        assertThat(statuses, contains(200, 409));
        Response loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(loser.contentType(), startsWith("application/problem+json"));
        assertThat(loser.path("type"), endsWith("stale-version"));
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("name");
        Response stored = asViewer().get("/api/v1/sites/" + id);
        assertThat(stored.path("name"), equalTo(winner));
        assertThat(stored.path("version"), equalTo(1));
    }
}
