package app.cadence.support;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens, shaped like Keycloak's (realm roles under {@code realm_access}),
 * signed with the mock OIDC server's key so Cadence verifies them exactly as in production.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    private static final String SIGNING_KEY = "privateKey.jwk";

    private Tokens() {
    }

    public static String forUser(String subject, String... roles) {
        return claims(subject, Set.of(roles)).jws().keyId("1").sign(SIGNING_KEY);
    }

    /** A token with further claims, e.g. {@code facilities}: the codes of the caller's facilities. */
    public static String forUserWithClaims(String subject, Map<String, Object> claims, String... roles) {
        JwtClaimsBuilder builder = claims(subject, Set.of(roles));
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign(SIGNING_KEY);
    }

    public static String expired(String subject, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(subject, Set.of(roles)).issuedAt(past.minusSeconds(300)).expiresAt(past)
                .jws().keyId("1").sign(SIGNING_KEY);
    }

    /** A token that expires the given number of seconds from now. */
    public static String expiringIn(long seconds, String subject, String... roles) {
        return claims(subject, Set.of(roles)).expiresAt(Instant.now().getEpochSecond() + seconds)
                .jws().keyId("1").sign(SIGNING_KEY);
    }

    public static String fromIssuer(String issuer, String subject, String... roles) {
        return claims(subject, Set.of(roles)).issuer(issuer).jws().keyId("1").sign(SIGNING_KEY);
    }

    /** Same claims, signed by a key the identity provider never published. */
    public static String signedByStranger(String subject, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(subject, Set.of(roles)).jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, Set<String> roles) {
        return Jwt.claims()
                .issuer(ISSUER)
                .subject(subject)
                .audience("cadence-api")
                .claim("name", "Staff " + subject)
                .claim("preferred_username", subject)
                .claim("email", subject + "@staff.example.org")
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .expiresIn(3600);
    }
}
