package org.sovplan.gateway.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.sovplan.testsupport.TestTokens;

import io.smallrye.jwt.build.Jwt;

/** Tokens an attacker could present, built from real ones. */
public final class ForgedTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    /** An admin's claims with {@code alg: none} and no signature at all. */
    public static String unsigned() {
        String[] parts = TestTokens.admin().split("\\.");
        String header = ENCODER.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    /** A viewer's token whose payload was edited to claim the admin role; the signature is the original. */
    public static String tamperedToAdmin() {
        String[] parts = TestTokens.viewer().split("\\.");
        String payload = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\"");
        if (!payload.contains("\"admin\"")) {
            throw new IllegalStateException("the viewer token has no viewer role to edit: " + payload);
        }
        return parts[0] + "." + ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** Well-formed and signed, but with a key the realm never published (an unknown {@code kid}). */
    public static String signedWithUnknownKey() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.claims()
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .subject("mallory")
                .issuedAt(now - 10)
                .expiresAt(now + 300)
                .claim("realm_access", Map.of("roles", List.of("admin")))
                .jws().keyId("not-a-realm-key").sign(freshKey());
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
