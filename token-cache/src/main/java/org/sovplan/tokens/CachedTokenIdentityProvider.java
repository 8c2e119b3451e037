package org.sovplan.tokens;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/**
 * Asked before Quarkus OIDC for every bearer token: answers with the identity of a token verified earlier
 * ({@link VerifiedTokens}), or with nothing, and then OIDC verifies the token as usual.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Above the default priority, which Quarkus OIDC's provider has: providers are asked highest first. */
    static final int BEFORE_OIDC = 2000;

    private final VerifiedTokens verifiedTokens;

    CachedTokenIdentityProvider(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return BEFORE_OIDC;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(verifiedTokens.find(request.getToken().getToken(),
                HttpSecurityUtils.getRoutingContextAttribute(request)));
    }
}
