package app.cadence.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import app.cadence.support.Api;
import app.cadence.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The README's walkthrough, run as a newcomer would paste it: {@code docs/walkthrough.sh} with bash,
 * curl and jq against the running application. The dev-mode token address is stood in for by a
 * small password-grant endpoint that hands out real signed tokens for the three demo users, so the
 * script's own sign-in lines run too. The README must show the script exactly as it is.
 */
@QuarkusTest
class WalkthroughTest {

    private static final Path SCRIPT = Path.of("docs/walkthrough.sh");
    private static final Map<String, String> DEMO_ROLES = Map.of(
            "maya", "therapist", "jordan", "child-life-specialist", "sam", "supervisor");
    private static final Pattern DISCHARGED = Pattern.compile("client ([0-9a-f-]{36}) discharged\\s*$");

    @TestHTTPResource("/")
    URL application;

    private final String run = UUID.randomUUID().toString();
    private HttpServer signIn;

    @BeforeEach
    void startSignIn() throws IOException {
        signIn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        signIn.createContext("/token", this::token);
        signIn.start();
    }

    @AfterEach
    void stopSignIn() {
        signIn.stop(0);
    }

    @Test
    void shouldShowTheWalkthroughInTheReadmeExactlyAsTested() throws IOException {
        String script = Files.readString(SCRIPT).strip();
        assertThat(Files.readString(Path.of("README.md"))).contains("```bash\n" + script + "\n```");
    }

    @Test
    void shouldRunTheWalkthroughFromReferralToDischarge() throws Exception {
        Path workDir = Files.createDirectories(Path.of("target/walkthrough"));
        ProcessBuilder bash = new ProcessBuilder("bash", SCRIPT.toAbsolutePath().toString())
                .directory(workDir.toFile()).redirectErrorStream(true);
        bash.environment().put("CADENCE_URL", application.toString().replaceAll("/$", ""));
        bash.environment().put("CADENCE_TOKEN_URL", "http://127.0.0.1:" + signIn.getAddress().getPort() + "/token");
        bash.environment().put("MRN", "MRN-WALK-" + run);
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        Matcher discharged = DISCHARGED.matcher(output);
        assertThat(discharged.find()).as(output).isTrue();
        String client = discharged.group(1);
        assertThat(output).contains("accepted", "final", "draft", "child-life-specialist", "goals-met",
                "song-for-procedural-support", "anxiety-nrs");

        Api supervisor = as("sam");
        supervisor.request().get("/api/v1/clients/" + client).then().statusCode(200)
                .body("status", equalTo("discharged"));
        String session = supervisor.request().get("/api/v1/clients/" + client + "/sessions").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        supervisor.request().get("/api/v1/sessions/" + session + "/note").then().statusCode(200)
                .body("status", equalTo("signed"), "addenda", hasSize(1));
        assertThat(Files.readString(workDir.resolve("progress.svg"))).startsWith("<svg").contains("</svg>");
        assertThat(Files.readAllBytes(workDir.resolve("progress-report.pdf"))).startsWith("%PDF-".getBytes());
    }

    /** The password grant of the dev sign-in service, for the demo users only. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String role = DEMO_ROLES.get(form.get("username"));
        boolean valid = "POST".equals(exchange.getRequestMethod()) && "password".equals(form.get("grant_type"))
                && "cadence-api".equals(form.get("client_id")) && role != null;
        byte[] body = (valid
                ? "{\"access_token\":\"" + as(form.get("username")).token() + "\",\"token_type\":\"Bearer\"}"
                : "{\"error\":\"invalid_grant\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(valid ? 200 : 400, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private Api as(String user) {
        String subject = user + "-" + run;
        return new Api(subject, Tokens.forUser(subject, DEMO_ROLES.get(user)));
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : List.of(encoded.split("&"))) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
