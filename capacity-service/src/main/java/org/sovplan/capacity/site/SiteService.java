package org.sovplan.capacity.site;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.capacity.accelerator.AcceleratorModelRepository;
import org.sovplan.capacity.accelerator.AcceleratorPool;
import org.sovplan.capacity.region.RegionRepository;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;


/**
 * Rules of sites: names are unique within a region, references exist, writes stay within the
 * caller's regions, capacity never drops below what reservations hold, and a site with active
 * reservations is neither deleted nor decommissioned.
 */
@ApplicationScoped
public class SiteService {

    private static final Sorting SORTING = new Sorting(Map.ofEntries(
            Map.entry("name", "name"), Map.entry("regionCode", "regionCode"), Map.entry("type", "type"),
            Map.entry("status", "status"), Map.entry("sovereigntyLevel", "sovereigntyLevel"),
            Map.entry("availableFrom", "availableFrom"), Map.entry("itCapacityMw", "itCapacityMw"),
            Map.entry("pue", "pue"), Map.entry("gridZoneCode", "gridZoneCode"), Map.entry("createdAt", "createdAt")),
            "name");

    private final SiteRepository sites;
    private final RegionRepository regions;
    private final AcceleratorModelRepository models;
    private final RegionScope scope;

    public SiteService(SiteRepository sites, RegionRepository regions, AcceleratorModelRepository models,
            RegionScope scope) {
        this.sites = sites;
        this.regions = regions;
        this.models = models;
        this.scope = scope;
    }

    public PageResponse<SiteDto.Response> list(SiteFilter filter, PageQuery page) {
        // id breaks ties, so that pages neither repeat nor skip sites of equal sort keys.
        return PageResponse.of(sites.search(filter, SORTING.of(page.sort).and("id")), page, SiteDto.Response::from);
    }

    public SiteDto.Response get(UUID id) {
        return SiteDto.Response.from(sites.findWithPools(id).orElseThrow(() -> ApiException.notFound("site", id)));
    }

    @Transactional
    public SiteDto.Response create(SiteDto.Request request) {
        scope.requireWrite(request.regionCode());
        requireRules(request);
        if (sites.nameTaken(request.regionCode(), request.name().strip(), null)) {
            throw ApiException.conflict("a site named '" + request.name().strip() + "' exists in "
                    + request.regionCode());
        }
        Site site = newSite(request);
        sites.persistAndFlush(site);
        return SiteDto.Response.from(site);
    }

    @Transactional
    public SiteDto.Response update(UUID id, SiteDto.Request request, String ifMatch) {
        long expected = Versions.expected(request.version(), ifMatch);
        if (request.pools() != null) {
            throw ApiException.invalidField("pools", "cannot be changed here; use PUT /api/v1/sites/" + id
                    + "/pools/{modelCode}");
        }
        // The row lock serialises this update with reservations, which change reservedItMw.
        Site site = sites.findForUpdate(id).orElseThrow(() -> ApiException.notFound("site", id));
        scope.requireWrite(site.regionCode);
        scope.requireWrite(request.regionCode());
        Versions.check("site", id, expected, site.version);
        requireRules(request);
        if (request.itCapacityMw().compareTo(site.reservedItMw) < 0) {
            throw ApiException.unprocessable("itCapacityMw", "cannot drop below the " + site.reservedItMw.stripTrailingZeros()
                    .toPlainString() + " MW that active reservations hold; release some first");
        }
        if (request.status() == SiteStatus.DECOMMISSIONED && site.status != SiteStatus.DECOMMISSIONED
                && sites.activeReservations(id) > 0) {
            throw ApiException.conflict("site " + id + " has active reservations; release them before decommissioning it");
        }
        if (sites.nameTaken(request.regionCode(), request.name().strip(), id)) {
            throw ApiException.conflict("a site named '" + request.name().strip() + "' exists in " + request.regionCode());
        }
        apply(request, site);
        site.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        sites.flush();
        return SiteDto.Response.from(site);
    }

    @Transactional
    public void delete(UUID id) {
        Site site = sites.findForUpdate(id).orElseThrow(() -> ApiException.notFound("site", id));
        scope.requireWrite(site.regionCode);
        long active = sites.activeReservations(id);
        if (active > 0) {
            throw ApiException.conflict("site " + id + " has " + active + " active reservation(s); release them first");
        }
        sites.delete(site);
    }

    /** A new site entity from a validated request, with its initial pools. */
    static Site newSite(SiteDto.Request request) {
        Site site = new Site();
        site.id = UUID.randomUUID();
        apply(request, site);
        if (request.pools() != null) {
            request.pools().forEach(seed -> site.pools.add(AcceleratorPool.of(site, seed.modelCode(), seed.installed())));
        }
        return site;
    }

    private void requireRules(SiteDto.Request request) {
        Set<String> codes = SiteRules.modelCodes(request);
        List<FieldError> errors = SiteRules.check(request, "", regions.existing(Set.of(request.regionCode())),
                models.existing(codes));
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(describe(errors), errors);
        }
    }

    static String describe(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " findings; see errors";
    }

    private static void apply(SiteDto.Request request, Site site) {
        site.name = request.name().strip();
        site.regionCode = request.regionCode();
        site.type = request.type();
        site.operator = request.operator().strip();
        site.operatorHqCountry = request.operatorHqCountry();
        site.jurisdiction = request.jurisdiction();
        site.sovereigntyLevel = request.sovereigntyLevel();
        site.certifications = request.certifications() == null ? new ArrayList<>()
                : new ArrayList<>(request.certifications().stream().map(String::strip).distinct().toList());
        site.status = request.status();
        site.availableFrom = request.availableFrom();
        site.itCapacityMw = request.itCapacityMw();
        site.maxItMw = request.maxItMw();
        site.pue = request.pue();
        site.gridZoneCode = request.gridZoneCode();
        site.lat = request.lat();
        site.lon = request.lon();
        site.tier = request.tier() == null ? null : request.tier().shortValue();
        site.source = request.source() == null || request.source().isBlank() ? null : request.source().strip();
        site.estimated = Boolean.TRUE.equals(request.estimated());
    }
}
