package app.cadence.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import app.cadence.common.validation.InputRules;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, as the verified access token says: OIDC subject, Cadence roles and profile claims. */
@RequestScoped
public class Caller {

    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 320;

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    @Inject
    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** The caller's Cadence roles; roles of other applications in the token are ignored. */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        return roles;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> displayName() {
        return claim("name", MAX_NAME).or(() -> claim("preferred_username", MAX_NAME)).or(() -> claim("clientId", MAX_NAME))
                .or(() -> claim("azp", MAX_NAME));
    }

    public Optional<String> email() {
        return claim("email", MAX_EMAIL);
    }

    /** A profile claim as Cadence stores it: one clean line that fits the staff record, or absent. */
    private Optional<String> claim(String name, int maxLength) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString())
                .filter(s -> !s.isBlank() && s.length() <= maxLength && InputRules.problemWith(s, false).isEmpty());
    }
}
