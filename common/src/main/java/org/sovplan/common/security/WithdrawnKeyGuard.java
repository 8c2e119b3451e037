package org.sovplan.common.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses (401) a bearer token that Quarkus OIDC verified with a signing key the realm has withdrawn since
 * ({@link SigningKeys}), and notes the key of every other token, so that its withdrawal is noticed too.
 */
@ApplicationScoped
public class WithdrawnKeyGuard implements SecurityIdentityAugmentor {

    private final SigningKeyWatch watch;
    private final ObjectMapper json;

    public WithdrawnKeyGuard(SigningKeyWatch watch, ObjectMapper json) {
        this.watch = watch;
        this.json = json;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.isAnonymous() ? null
                : identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            return Uni.createFrom().item(identity);
        }
        String kid = keyId(credential.getToken());
        if (watch.keys().isWithdrawn(kid)) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    "the token is signed with key " + kid + ", which the identity provider has withdrawn"));
        }
        watch.keys().seen(kid);
        return Uni.createFrom().item(identity);
    }

    /** The {@code kid} of a JWT's header; null when there is none or the token is not a JWT. */
    String keyId(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            JsonNode header = json.readTree(new String(Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    StandardCharsets.UTF_8));
            return header.hasNonNull("kid") ? header.get("kid").asText() : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }
}
