package org.sovplan.tokens;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Hands every identity an identity provider has just built to {@link VerifiedTokens}, which keeps those of
 * verified bearer tokens. Runs before any other augmentor, so the cache holds the provider's own identity
 * and the other augmentors apply alike to fresh and remembered ones.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens verifiedTokens;

    VerifiedTokenRecorder(VerifiedTokens verifiedTokens) {
        this.verifiedTokens = verifiedTokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        verifiedTokens.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
