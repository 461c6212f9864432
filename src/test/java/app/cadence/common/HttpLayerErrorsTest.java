package app.cadence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.support.Api;
import app.cadence.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Issue 10: errors the HTTP layer raises before any resource runs are problem+json like every other
 * error. Requests RestAssured cannot send (a malformed escape, an oversized request line or header
 * block, a chunked body, no Host) go over a plain socket.
 */
@QuarkusTest
class HttpLayerErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api therapist = Api.newTherapist();

    @Test
    void shouldAnswerAMalformedPercentEscapeWith400Problem() throws IOException {
        RawResponse response = send("GET /api/v1/clients/%zz HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + therapist.token() + "\r\nConnection: close\r\n\r\n");
        response.isProblem(400, "malformed-request");
        RawResponse space = send("GET /api/v1/clients/a b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(space.status()).isEqualTo(400);
    }

    @Test
    void shouldAnswerARequestWithoutHostWith400Problem() throws IOException {
        send("GET /api/v1/me HTTP/1.1\r\nConnection: close\r\n\r\n").isProblem(400, "malformed-request");
    }

    @Test
    void shouldAnswerAnOverlongUriWith414Problem() throws IOException {
        String query = "a".repeat(5000);
        send("GET /api/v1/clients?q=" + query + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .isProblem(414, "uri-too-long");
    }

    @Test
    void shouldAnswerOversizedHeadersWith431Problem() throws IOException {
        send("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(25 * 1024)
                + "\r\nConnection: close\r\n\r\n").isProblem(431, "headers-too-large");
    }

    @Test
    void shouldAnswerAnOversizedChunkedBodyWith413ProblemAndStoreNothing() throws IOException {
        long clients = Sql.count("select count(*) from client");
        StringBuilder request = new StringBuilder("POST /api/v1/clients HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ")
                .append(therapist.token()).append("\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n")
                .append("Connection: close\r\n\r\n");
        String chunk = "{\"givenName\":\"" + "x".repeat(64 * 1024 - 15);
        for (int i = 0; i < 20; i++) {
            request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
            chunk = "y".repeat(64 * 1024);
        }
        request.append("0\r\n\r\n");
        send(request.toString()).isProblem(413, "payload-too-large");
        assertThat(Sql.count("select count(*) from client")).isEqualTo(clients);
    }

    @Test
    void shouldAnswerADeclaredOversizedBodyWith413ProblemBeforeReadingIt() throws IOException {
        send("POST /api/v1/clients HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + therapist.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n{")
                .isProblem(413, "payload-too-large");
    }

    @Test
    void shouldAnswerACrossOriginRefusalWith403Problem() {
        therapist.request().header("Origin", "https://attacker.example").get("/api/v1/me").then()
                .statusCode(Status.FORBIDDEN.getStatusCode()).contentType("application/problem+json")
                .body("type", equalTo("https://cadence.app/problems/origin-not-allowed"), "status", equalTo(403));
        therapist.request().header("Origin", "https://attacker.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/clients").then()
                .statusCode(Status.FORBIDDEN.getStatusCode()).contentType("application/problem+json");
        therapist.request().header("Origin", "http://localhost:" + RestAssured.port).get("/api/v1/me").then()
                .statusCode(Status.OK.getStatusCode());
    }

    @Test
    void shouldAnswerWrongMethodMediaTypeAndAcceptWithProblems() {
        therapist.request().delete("/api/v1/clients").then()
                .statusCode(Status.METHOD_NOT_ALLOWED.getStatusCode()).contentType("application/problem+json")
                .body("status", equalTo(405));
        therapist.request().accept("text/csv").get("/api/v1/clients").then()
                .statusCode(Status.NOT_ACCEPTABLE.getStatusCode()).contentType("application/problem+json")
                .body("status", equalTo(406));
        therapist.request().contentType("text/plain").body("Mila").post("/api/v1/clients").then()
                .statusCode(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()).contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void shouldAnswerAnUnknownMethodWithAProblem() throws IOException {
        send("BREW /api/v1/clients HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + therapist.token()
                + "\r\nConnection: close\r\n\r\n").isProblem(405, "method-not-allowed");
    }

    /** A response read off the socket: status, headers (lower-case names) and body. */
    private record RawResponse(int status, Map<String, String> headers, String body) {

        void isProblem(int expected, String type) throws IOException {
            assertThat(status).as("status of %s", body).isEqualTo(expected);
            assertThat(headers.get("content-type")).as("content type").startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("status").asInt()).isEqualTo(expected);
            assertThat(problem.path("type").asText()).isEqualTo("https://cadence.app/problems/" + type);
            assertThat(problem.path("detail").asText()).isNotBlank();
            assertThat(body).doesNotContain("Exception").doesNotContain("at io.");
            assertThat(headers).containsKey("x-content-type-options");
        }
    }

    private static RawResponse send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (SocketException e) {
                // The server may answer and close before the whole request is written; the answer is still there.
            }
            return read(socket.getInputStream());
        }
    }

    /** One response: its head, then as many body bytes as it declares (or up to the end of its chunks). */
    private static RawResponse read(InputStream in) throws IOException {
        String head = readHead(in);
        while (head.startsWith("HTTP/1.1 100")) {
            head = readHead(in);
        }
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body;
        if (headers.containsKey("content-length")) {
            body = new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(readUntil(in, "\r\n0\r\n\r\n"));
        } else {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new RawResponse(status, headers, body);
    }

    private static String readHead(InputStream in) throws IOException {
        String head = readUntil(in, "\r\n\r\n");
        assertThat(head).as("a response head").startsWith("HTTP/");
        return head.substring(0, head.length() - 4);
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        while (!received.toString(StandardCharsets.UTF_8).endsWith(end)) {
            int next = in.read();
            if (next < 0) {
                break;
            }
            received.write(next);
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static String dechunk(String chunked) {
        chunked = chunked + "\r\n";
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
