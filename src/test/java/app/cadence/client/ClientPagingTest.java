package app.cadence.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import app.cadence.support.Api;
import app.cadence.support.Clients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClientPagingTest {

    @Test
    void shouldReturnEachClientExactlyOnceAcrossPages() {
        // A fresh therapist's list holds exactly the clients they created, whatever other tests stored.
        Api therapist = Api.newTherapist();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 250; i++) {
            created.add(Clients.create(therapist, Clients.child("Child" + i, "Family" + (i % 7))));
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            var request = therapist.request().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/clients").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            seen.addAll(ids);
            pageSizes.add(ids.size());
            cursor = page.getString("nextCursor");
        } while (cursor != null && pageSizes.size() < 10);

        assertThat(pageSizes).containsExactly(100, 100, 50);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(created);
    }

    @Test
    void shouldListInNameOrder() {
        Api therapist = Api.newTherapist();
        Clients.create(therapist, Clients.child("Zoe", "Baker"));
        Clients.create(therapist, Clients.child("Amir", "baker"));
        Clients.create(therapist, Clients.child("Lena", "Adams"));

        therapist.request().get("/api/v1/clients").then()
                .statusCode(200)
                .body("items.givenName", equalTo(List.of("Lena", "Amir", "Zoe")));
    }

    @Test
    void shouldFilterByNameStatusAndIdentifier() {
        Api therapist = Api.newTherapist();
        var body = Clients.child("Juniper", "Castellanos");
        String id = Clients.create(therapist, body);
        Clients.create(therapist, Clients.child("Oscar", "Castellanos"));

        therapist.request().queryParam("q", "junip castell").get("/api/v1/clients").then()
                .body("items.id", equalTo(List.of(id)));
        therapist.request().queryParam("q", "100%_").get("/api/v1/clients").then()
                .body("items.size()", equalTo(0));
        therapist.request().queryParam("status", "active").get("/api/v1/clients").then()
                .body("items.size()", equalTo(0));
        @SuppressWarnings("unchecked")
        var identifier = ((List<java.util.Map<String, String>>) body.get("identifiers")).get(0);
        therapist.request().queryParam("identifier", identifier.get("system") + "|" + identifier.get("value"))
                .get("/api/v1/clients").then()
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void shouldRejectBadPagingParameters() {
        Api therapist = Api.newTherapist();
        therapist.request().queryParam("limit", 0).get("/api/v1/clients").then()
                .statusCode(422).body("violations[0].field", equalTo("limit"));
        therapist.request().queryParam("limit", 101).get("/api/v1/clients").then()
                .statusCode(422).body("violations[0].field", equalTo("limit"));
        therapist.request().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/clients").then()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json");
        therapist.request().queryParam("status", "admitted").get("/api/v1/clients").then()
                .statusCode(422).body("violations[0].field", equalTo("status"));
    }
}
