package org.sovplan.capacity.accelerator;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.capacity.site.Site;
import org.sovplan.capacity.site.SiteRepository;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;


/**
 * Rules of accelerator pools: the model exists, {@code installed} never drops below what active
 * reservations hold, and a pool with reservations is not removed. Writes lock the site row and
 * then the pool row, the order reservations use too.
 */
@ApplicationScoped
public class PoolService {

    private static final Sorting SORTING = new Sorting(
            Map.of("modelCode", "id.modelCode", "installed", "installed", "reserved", "reserved"), "id.modelCode");

    /** Whether a PUT created the pool or changed an existing one. */
    public record Outcome(PoolDto.Response pool, boolean created) {
    }

    private final AcceleratorPoolRepository pools;
    private final AcceleratorModelRepository models;
    private final SiteRepository sites;
    private final RegionScope scope;

    public PoolService(AcceleratorPoolRepository pools, AcceleratorModelRepository models, SiteRepository sites,
            RegionScope scope) {
        this.pools = pools;
        this.models = models;
        this.sites = sites;
        this.scope = scope;
    }

    public PageResponse<PoolDto.Response> list(UUID siteId, PageQuery page) {
        if (sites.findByIdOptional(siteId).isEmpty()) {
            throw ApiException.notFound("site", siteId);
        }
        return PageResponse.of(pools.ofSite(siteId, SORTING.of(page.sort)), page, PoolDto.Response::from);
    }

    public PoolDto.Response get(UUID siteId, String modelCode) {
        return pools.find(siteId, modelCode).map(PoolDto.Response::from)
                .orElseThrow(() -> ApiException.notFound("pool of " + modelCode + " at site", siteId));
    }

    /** Creates or changes the pool; {@code expectedVersion} null means unconditional. */
    @Transactional
    public Outcome put(UUID siteId, String modelCode, PoolDto.Request request, String ifMatch) {
        Long expected = request.version() == null && (ifMatch == null || ifMatch.isBlank()) ? null
                : Versions.expected(request.version(), ifMatch);
        Site site = lockSite(siteId);
        if (models.findByIdOptional(modelCode).isEmpty()) {
            throw ApiException.unprocessable("modelCode", "unknown accelerator model " + modelCode);
        }
        AcceleratorPool pool = pools.findForUpdate(siteId, modelCode).orElse(null);
        if (pool == null) {
            if (expected != null) {
                throw new ApiException(409, "stale-version", "Stale version", "site " + siteId + " has no pool of "
                        + modelCode + " (any more); the request was based on version " + expected);
            }
            pool = AcceleratorPool.of(site, modelCode, request.installed());
            pools.persist(pool);
            pools.flush();
            return new Outcome(PoolDto.Response.from(pool), true);
        }
        if (expected != null) {
            Versions.check("pool of " + modelCode + " at site", siteId, expected, pool.version);
        }
        if (request.installed() < pool.reserved) {
            throw ApiException.conflict("installed cannot drop below the " + pool.reserved
                    + " accelerators that active reservations hold; release some first");
        }
        pool.installed = request.installed();
        pools.flush();
        return new Outcome(PoolDto.Response.from(pool), false);
    }

    @Transactional
    public void delete(UUID siteId, String modelCode) {
        lockSite(siteId);
        AcceleratorPool pool = pools.findForUpdate(siteId, modelCode)
                .orElseThrow(() -> ApiException.notFound("pool of " + modelCode + " at site", siteId));
        if (pool.reserved > 0) {
            throw ApiException.conflict("active reservations hold " + pool.reserved + " accelerators of this pool; "
                    + "release them first");
        }
        pools.delete(pool);
    }

    private Site lockSite(UUID siteId) {
        Site site = sites.findForUpdate(siteId).orElseThrow(() -> ApiException.notFound("site", siteId));
        scope.requireWrite(site.regionCode);
        return site;
    }
}
