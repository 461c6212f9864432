package app.cadence.common.problem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a 401 tells the caller about their bearer token (RFC 6750, section 3). A request without a
 * token gets a bare {@code Bearer} challenge; a refused token gets {@code error="invalid_token"},
 * and one whose {@code exp} lies in the past is named as expired, so a person working through the
 * API by hand knows to fetch a new token rather than debug their request.
 *
 * <p>The token's payload is read here only to choose those words: it has already been refused, so
 * nothing in it is trusted for anything else.
 */
record BearerChallenge(String header, String detail) {

    private static final String PREFIX = "Bearer ";
    private static final ObjectMapper JSON = new ObjectMapper();

    static BearerChallenge of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return new BearerChallenge("Bearer",
                    "A bearer token from the configured identity provider is required");
        }
        Optional<Instant> expiredAt = expiry(authorization.substring(PREFIX.length()).trim())
                .filter(expiry -> expiry.isBefore(Instant.now()));
        if (expiredAt.isPresent()) {
            return new BearerChallenge("Bearer error=\"invalid_token\", error_description=\"The access token expired\"",
                    "The bearer token expired at " + expiredAt.get() + "; request a new token from the identity provider");
        }
        return new BearerChallenge("Bearer error=\"invalid_token\"",
                "The bearer token is not valid: it must be a current token signed by the configured identity provider");
    }

    /** The {@code exp} claim of a JWT, when the token is one. */
    private static Optional<Instant> expiry(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[1].length() > 16_384) {
            return Optional.empty();
        }
        try {
            JsonNode exp = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                    .path("exp");
            return exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }
}
