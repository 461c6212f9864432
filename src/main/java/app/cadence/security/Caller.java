package app.cadence.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, as the verified access token says: OIDC subject, Cadence roles and profile claims. */
@RequestScoped
public class Caller {

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
        return claim("name").or(() -> claim("preferred_username")).or(() -> claim("clientId"))
                .or(() -> claim("azp"));
    }

    public Optional<String> email() {
        return claim("email");
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }
}
