package app.cadence.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Remembers each identity Quarkus OIDC built from a verified bearer token ({@link VerifiedTokens}),
 * with room for what later requests with the same token need not ask the database again
 * ({@link CallerFacilities#PLACED}).
 */
@ApplicationScoped
class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens verified;

    VerifiedTokenRecorder(VerifiedTokens verified) {
        this.verified = verified;
    }

    /** After every other augmentor, so the identity is remembered as the application sees it. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getAttribute(CallerFacilities.PLACED) != null) {
            return Uni.createFrom().item(identity); // answered from the cache: remembered already
        }
        AccessTokenCredential credential = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (credential != null && identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            SecurityIdentity remembered = QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(CallerFacilities.PLACED, new AtomicBoolean())
                    .build();
            verified.remember(credential.getToken(), remembered, Instant.ofEpochSecond(token.getExpirationTime()));
            return Uni.createFrom().item(remembered);
        }
        return Uni.createFrom().item(identity);
    }
}
