package org.sovplan.common.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.sovplan.common.http.ControlCharacters;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;

/**
 * {@code Idempotency-Key} for the operations marked {@link Idempotent}: the first request with a key runs and
 * its successful answer (status, body, {@code Location}, {@code ETag}) is stored; a retry with the same key
 * and the same request (method, path, query, body) gets that answer again, marked
 * {@code Idempotent-Replayed: true}, without running again; the same key with another request is refused with
 * 422, and a retry while the first is still running with 409 (retry later). A failed request (any answer but
 * 2xx) frees its key, since it changed nothing. Keys belong to the caller (the token's subject), so two
 * callers cannot see each other's answers. The rules are documented once, in docs/api-contracts.md.
 */
@Provider
@Idempotent
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** The header's description in the contract. */
    public static final String DESCRIPTION = "Makes a retry safe: the same key with the same request answers what "
            + "the first one answered (Idempotent-Replayed: true) without doing it again; the key with another "
            + "request is refused (422). Keys are the caller's own and are kept 24 hours.";
    /** Set on a replayed answer. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";

    private record Claim(String caller, String key) {
    }

    /** Longest accepted key. */
    static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        Principal caller = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (key == null || caller == null) {
            return; // no key: an ordinary request; no caller: the security checks answer it
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || ControlCharacters.find(key, false) >= 0) {
            String message = "must be 1 to " + MAX_KEY_LENGTH + " printable characters";
            throw ApiException.badRequest(HEADER + ": " + message, List.of(new FieldError(HEADER, message)));
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request, body);
        if (store.claim(caller.getName(), key, fingerprint)) {
            request.setProperty(CLAIM, new Claim(caller.getName(), key));
            return;
        }
        IdempotencyStore.Entry entry = store.find(caller.getName(), key).orElse(null);
        if (entry == null) {
            // Freed between our claim and our read (the first request failed): this one may run it.
            if (store.claim(caller.getName(), key, fingerprint)) {
                request.setProperty(CLAIM, new Claim(caller.getName(), key));
                return;
            }
            throw inProgress();
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            throw ApiException.unprocessable(HEADER, "this key was used for another request (method, path, query "
                    + "or body differ); use a new key for a new request");
        }
        if (!entry.answered()) {
            throw inProgress();
        }
        request.abortWith(replay(entry));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        if (status < 200 || status >= 300) {
            store.release(claim.caller(), claim.key());
            return;
        }
        MediaType type = response.getMediaType();
        store.answer(claim.caller(), claim.key(), status, type == null ? null : type.toString(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                bytes(response.getEntity()));
    }

    private byte[] bytes(Object entity) throws IOException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof InputStream stream) {
            throw new IllegalStateException("an idempotent operation cannot stream its answer");
        }
        return json.writeValueAsBytes(entity);
    }

    private static Response replay(IdempotencyStore.Entry entry) {
        Response.ResponseBuilder replay = Response.status(entry.status()).header(REPLAYED, "true");
        if (entry.body() != null) {
            replay.entity(entry.body());
        }
        if (entry.contentType() != null) {
            replay.type(entry.contentType());
        }
        if (entry.location() != null) {
            replay.header(HttpHeaders.LOCATION, entry.location());
        }
        if (entry.etag() != null) {
            replay.header(HttpHeaders.ETAG, entry.etag());
        }
        return replay.build();
    }

    private static ApiException inProgress() {
        return new ApiException(409, "idempotency-in-progress", "Conflict",
                "a request with this Idempotency-Key is still running; retry once it has answered");
    }

    /** SHA-256 over method, path, query and body: what makes two requests "the same". */
    static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(request.getUriInfo().getRequestUri().getRawPath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            digest.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
