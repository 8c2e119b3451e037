package org.sovplan.capacity.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sovplan.capacity.accelerator.PoolDto;
import org.sovplan.common.problem.Problem.FieldError;

/**
 * The cross-field rules of a site request that Bean Validation cannot express (each a 422):
 * references must exist, and a site not yet operational must say when it will be. Pure: the
 * caller looks up which regions and models exist, once for a whole import.
 */
public final class SiteRules {

    private SiteRules() {
    }

    /**
     * @param prefix prepended to every field name, e.g. {@code rows[3].}; empty for a single request
     * @param knownRegions the region codes that exist, at least those the request names
     * @param knownModels the accelerator model codes that exist, at least those the request names
     */
    public static List<FieldError> check(SiteDto.Request request, String prefix, Set<String> knownRegions,
            Set<String> knownModels) {
        List<FieldError> errors = new ArrayList<>();
        if (!knownRegions.contains(request.regionCode())) {
            errors.add(new FieldError(prefix + "regionCode", "unknown region " + request.regionCode()
                    + "; create it under /api/v1/regions first"));
        }
        if (needsDate(request.status()) && request.availableFrom() == null) {
            errors.add(new FieldError(prefix + "availableFrom", "is required for a " + request.status() + " site"));
        }
        if (request.maxItMw() != null && request.itCapacityMw() != null
                && request.maxItMw().compareTo(request.itCapacityMw()) < 0) {
            errors.add(new FieldError(prefix + "maxItMw", "must be at least itCapacityMw ("
                    + request.itCapacityMw().stripTrailingZeros().toPlainString() + ")"));
        }
        List<PoolDto.Seed> pools = request.pools() == null ? List.of() : request.pools();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pools.size(); i++) {
            String code = pools.get(i).modelCode();
            String field = prefix + "pools[" + i + "].modelCode";
            if (!knownModels.contains(code)) {
                errors.add(new FieldError(field, "unknown accelerator model " + code));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(field, "model " + code + " is listed twice"));
            }
        }
        return errors;
    }

    /** The model codes a request names in its pools. */
    public static Set<String> modelCodes(SiteDto.Request request) {
        Set<String> codes = new HashSet<>();
        if (request.pools() != null) {
            request.pools().forEach(p -> codes.add(p.modelCode()));
        }
        return codes;
    }

    private static boolean needsDate(SiteStatus status) {
        return status == SiteStatus.PLANNED || status == SiteStatus.UNDER_CONSTRUCTION;
    }
}
