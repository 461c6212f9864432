package app.cadence.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Asked before Quarkus OIDC: answers a bearer token it has seen verified with the identity built
 * then (see {@link VerifiedTokens}), and otherwise passes, so OIDC verifies the token as always.
 */
@ApplicationScoped
class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens verified;
    private final Counter hits;
    private final Counter misses;

    CachedTokenIdentityProvider(VerifiedTokens verified, MeterRegistry registry) {
        this.verified = verified;
        this.hits = requests(registry, "hit");
        this.misses = requests(registry, "miss");
    }

    private static Counter requests(MeterRegistry registry, String result) {
        return Counter.builder("cadence.token.cache.requests")
                .description("Bearer tokens answered from the verified-token cache (hit) or passed on to OIDC (miss)")
                .tag("result", result).register(registry);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Asked before OIDC's provider, which keeps the default priority: Quarkus asks providers in
     * descending priority, so anything below the default (a fixed 100, say) would be asked only
     * after OIDC had already verified the token, and the cache would never answer.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        SecurityIdentity cached = verified.find(request.getToken().getToken());
        if (cached == null) {
            misses.increment();
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        // The cached identity carries the request objects of the request that verified it: replace them.
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(cached)
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            identity.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return Uni.createFrom().item(identity.build());
    }
}
