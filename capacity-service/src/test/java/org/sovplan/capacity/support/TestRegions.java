package org.sovplan.capacity.support;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Regions for tests. Tests share one database per run, so each test that counts or lists
 * sites works in a subdivision of its own, of a user-assigned ISO code that no real data uses.
 */
public final class TestRegions {

    /** The test country; its code is user-assigned in ISO 3166, so it never clashes with real data. */
    public static final String COUNTRY = "XT";

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private TestRegions() {
    }

    /** Creates the country unless it exists. */
    public static String country(String code) {
        int status = Api.asAdmin().body(Map.of("code", code, "name", "Country " + code, "population", 10_000_000))
                .post("/api/v1/regions").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot create region " + code + ": HTTP " + status);
        }
        return code;
    }

    /** A new subdivision of the test country, for the test alone. */
    public static String freshSubdivision() {
        return freshSubdivision(COUNTRY);
    }

    /** A new subdivision of {@code country}, for the test alone. */
    public static String freshSubdivision(String country) {
        country(country);
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder code = new StringBuilder(country).append('-');
            for (int i = 0; i < 3; i++) {
                code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
            }
            int status = Api.asAdmin().body(Map.of("code", code.toString(), "name", "Subdivision " + code,
                    "parentCode", country)).post("/api/v1/regions").statusCode();
            if (status == 201) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free subdivision code under " + country);
    }
}
