package org.sovplan.common.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sovplan.common.problem.ApiException;

/**
 * Object-level authorization (OWASP API1): a caller may only change things in the countries
 * listed in the token's {@code sovplan_regions} claim; {@code "*"} means every country, and no
 * claim means no region-scoped writes at all. A subdivision code such as {@code KE-30} belongs
 * to its country {@code KE}.
 */
@RequestScoped
public class RegionScope {

    /** The token claim that lists the caller's countries. */
    public static final String CLAIM = "sovplan_regions";

    private final JsonWebToken token;

    public RegionScope(JsonWebToken token) {
        this.token = token;
    }

    /** Whether the caller may write data of this region or subdivision. */
    public boolean allows(String regionCode) {
        List<String> granted = granted();
        if (granted.contains("*")) {
            return true;
        }
        return regionCode != null && granted.contains(countryOf(regionCode));
    }

    /** Refuses with 403 when the caller may not write data of this region. */
    public void requireWrite(String regionCode) {
        if (!allows(regionCode)) {
            List<String> granted = granted();
            throw ApiException.forbidden(granted.isEmpty()
                    ? "your token grants no regions (claim " + CLAIM + "), so you cannot change region data"
                    : "your token allows changes in " + granted + " only, not in " + regionCode);
        }
    }

    /** The country part of an ISO 3166-1 or 3166-2 code, upper case. */
    public static String countryOf(String regionCode) {
        int dash = regionCode.indexOf('-');
        return (dash < 0 ? regionCode : regionCode.substring(0, dash)).toUpperCase(Locale.ROOT);
    }

    private List<String> granted() {
        Object claim = token == null ? null : token.getClaim(CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> unquote(String.valueOf(v)).toUpperCase(Locale.ROOT)).toList();
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(s -> s.getString().toUpperCase(Locale.ROOT)).toList();
        }
        if (claim != null) {
            return List.of(unquote(claim.toString()).toUpperCase(Locale.ROOT));
        }
        return List.of();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
