package app.cadence.common.idempotency;

import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.cadence.common.problem.ProblemException;
import app.cadence.common.problem.ProblemType;
import app.cadence.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

/**
 * Replays the first response to a retried POST. The fingerprint covers the method, the path and
 * the request body as Jackson read it, so a retry that differs only in whitespace or key order
 * still replays, while the same key with a different request is refused (422).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
class IdempotencyInterceptor {

    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    Caller caller;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object replayOrProceed(InvocationContext context) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            return context.proceed();
        }
        validate(key);
        String subject = caller.subject();
        String fingerprint = fingerprint(request, requestParameters(context));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredResponse> earlier = store.claim(subject, key, fingerprint);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
            Response response = (Response) context.proceed();
            store.complete(subject, key, response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG),
                    response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity()));
            return response;
        });
    }

    private static Response replay(StoredResponse stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw ProblemException.invalid(Idempotent.HEADER,
                    "this key was already used for a different request; use a new key for a new request");
        }
        if (!stored.complete()) {
            throw ProblemException.conflict("A request with this Idempotency-Key is still being processed");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header(Idempotent.REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            replay.header(HttpHeaders.ETAG, stored.etag());
        }
        return replay.build();
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
    }

    /**
     * What the client sent: the body and parameters, without {@code @Context} objects, which
     * describe the server that received the request (its host and port differ between replicas).
     */
    private static List<Object> requestParameters(InvocationContext context) {
        Parameter[] declared = context.getMethod().getParameters();
        List<Object> sent = new ArrayList<>();
        for (int i = 0; i < declared.length; i++) {
            if (!declared[i].isAnnotationPresent(Context.class)) {
                sent.add(context.getParameters()[i]);
            }
        }
        return sent;
    }

    private String fingerprint(HttpServerRequest request, List<Object> parameters) throws JsonProcessingException {
        String canonical = request.method().name() + ' ' + request.path() + '\n' + mapper.writeValueAsString(parameters);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
