package org.sovplan.common.problem;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency for updates: the client states the version its change is based on,
 * in the body's {@code version} or an {@code If-Match: "N"} header, and a change based on an
 * older version is refused instead of silently overwriting someone else's.
 */
public final class Versions {

    private Versions() {
    }

    /** The version the client based its change on; 428-style 400 when it gave none. */
    public static long expected(Long bodyVersion, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                long fromHeader = Long.parseLong(tag);
                if (bodyVersion != null && bodyVersion != fromHeader) {
                    throw ApiException.invalidField("version", "differs from the If-Match header (" + fromHeader + ")");
                }
                return fromHeader;
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("If-Match", "must be an entity tag such as \"3\"");
            }
        }
        if (bodyVersion == null) {
            throw new ApiException(428, "version-required", "Precondition required",
                    "state the version your change is based on, as 'version' in the body or an If-Match header",
                    java.util.List.of(new Problem.FieldError("version", "is required for updates")));
        }
        return bodyVersion;
    }

    /** Refuses with 409 when the stored version is not the one the client read. */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw ApiException.staleVersion(what, id, expected, actual);
        }
    }

    /**
     * The entity tag of a version ({@code ETag: "3"}), the form {@link #expected} reads back from
     * {@code If-Match}: {@code Response.ok(site).tag(Versions.entityTag(site.version()))}.
     */
    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
