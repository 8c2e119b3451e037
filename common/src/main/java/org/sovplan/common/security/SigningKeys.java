package org.sovplan.common.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which signing key ids (JWKS {@code kid}) the identity provider has withdrawn. Quarkus OIDC re-reads the
 * key set only when a token names a key it does not know, so a key the realm deleted would stay trusted
 * for as long as no new key appears. This bookkeeping, fed by {@link SigningKeyWatch}, remembers every key
 * seen (in the key set or in an accepted token) and calls it withdrawn once the key set no longer lists it;
 * a key that comes back is trusted again. Keys never seen are not judged here: Quarkus OIDC verified them
 * against a key set it had just read.
 */
public final class SigningKeys {

    /** Bound on remembered ids; a realm rotates its keys a few times a year. */
    static final int MAX_REMEMBERED = 1000;

    private final Set<String> known = new HashSet<>();
    private final Set<String> withdrawn = new HashSet<>();

    /** The key ids the identity provider publishes now. */
    public synchronized void published(Collection<String> current) {
        for (String kid : known) {
            if (!current.contains(kid) && withdrawn.size() < MAX_REMEMBERED) {
                withdrawn.add(kid);
            }
        }
        withdrawn.removeAll(current);
        known.clear();
        known.addAll(current);
    }

    /** A key id that signed a token Quarkus OIDC has just verified. */
    public synchronized void seen(String kid) {
        if (kid != null && !withdrawn.contains(kid) && known.size() < MAX_REMEMBERED) {
            known.add(kid);
        }
    }

    /** Whether the identity provider published this key once and does not any more. */
    public synchronized boolean isWithdrawn(String kid) {
        return kid != null && withdrawn.contains(kid);
    }
}
