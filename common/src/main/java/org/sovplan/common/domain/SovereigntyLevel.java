package org.sovplan.common.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Sovereignty Effective Assurance Level of the EU Cloud Sovereignty Framework: SEAL-0 none,
 * SEAL-1 jurisdictional, SEAL-2 data, SEAL-3 digital resilience, SEAL-4 full sovereignty.
 * Written {@code SEAL-n} in JSON and query parameters; services store it as the number n. Shared
 * by the services so that capacity-service, placement-service and their clients speak one vocabulary.
 */
@Schema(type = SchemaType.STRING, enumeration = { "SEAL-0", "SEAL-1", "SEAL-2", "SEAL-3", "SEAL-4" })
public enum SovereigntyLevel {
    SEAL_0, SEAL_1, SEAL_2, SEAL_3, SEAL_4;

    @JsonValue
    public String label() {
        return "SEAL-" + ordinal();
    }

    /** Parses {@code SEAL-3} (also used by JAX-RS for query parameters). */
    @JsonCreator
    public static SovereigntyLevel fromString(String value) {
        for (SovereigntyLevel level : values()) {
            if (level.label().equalsIgnoreCase(value) || level.name().equalsIgnoreCase(value)) {
                return level;
            }
        }
        throw new IllegalArgumentException("sovereigntyLevel must be one of SEAL-0, SEAL-1, SEAL-2, SEAL-3, SEAL-4");
    }

    public static SovereigntyLevel ofNumber(int level) {
        return values()[level];
    }

    public int number() {
        return ordinal();
    }

    @Override
    public String toString() {
        return label();
    }
}
