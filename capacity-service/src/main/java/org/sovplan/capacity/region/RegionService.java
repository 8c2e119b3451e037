package org.sovplan.capacity.region;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.capacity.site.SiteRepository;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;


/** Rules of regions: codes are unique, parents exist, a region in use cannot be deleted. */
@ApplicationScoped
public class RegionService {

    private static final Sorting SORTING = new Sorting(
            Map.of("code", "code", "name", "name", "population", "population"), "code");

    private final RegionRepository regions;
    private final SiteRepository sites;
    private final RegionScope scope;

    public RegionService(RegionRepository regions, SiteRepository sites, RegionScope scope) {
        this.regions = regions;
        this.sites = sites;
        this.scope = scope;
    }

    public PageResponse<RegionDto.Response> list(String parentCode, PageQuery page) {
        return PageResponse.of(regions.search(parentCode, SORTING.of(page.sort)), page, RegionDto.Response::from);
    }

    public RegionDto.Response get(String code) {
        return RegionDto.Response.from(find(code));
    }

    @Transactional
    public RegionDto.Response create(RegionDto.Request request) {
        if (request.code() == null) {
            throw ApiException.invalidField("code", "is required");
        }
        scope.requireWrite(request.code());
        if (regions.findByIdOptional(request.code()).isPresent()) {
            throw ApiException.conflict("region " + request.code() + " already exists");
        }
        Region region = new Region();
        region.code = request.code();
        apply(request, region);
        regions.persistAndFlush(region);
        return RegionDto.Response.from(region);
    }

    @Transactional
    public RegionDto.Response update(String code, RegionDto.Request request, String ifMatch) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalidField("code", "cannot be changed; it must equal the path (" + code + ")");
        }
        long expected = Versions.expected(request.version(), ifMatch);
        scope.requireWrite(code);
        Region region = find(code);
        Versions.check("region", code, expected, region.version);
        apply(request, region);
        regions.flush();
        return RegionDto.Response.from(region);
    }

    @Transactional
    public void delete(String code) {
        scope.requireWrite(code);
        Region region = find(code);
        if (regions.hasChildren(code)) {
            throw ApiException.conflict("region " + code + " has subdivisions; delete them first");
        }
        if (sites.count("regionCode", code) > 0) {
            throw ApiException.conflict("region " + code + " has sites; delete or move them first");
        }
        regions.delete(region);
    }

    /** Whether a region exists, for validating references from sites. */
    public boolean exists(String code) {
        return regions.findByIdOptional(code).isPresent();
    }

    private void apply(RegionDto.Request request, Region region) {
        if (request.parentCode() != null) {
            if (request.parentCode().equals(region.code)) {
                throw ApiException.unprocessable("parentCode", "a region cannot be its own parent");
            }
            if (!exists(request.parentCode())) {
                throw ApiException.unprocessable("parentCode", "unknown region " + request.parentCode());
            }
        }
        region.name = request.name();
        region.parentCode = request.parentCode();
        region.population = request.population();
        region.lat = request.lat();
        region.lon = request.lon();
    }

    private Region find(String code) {
        return regions.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("region", code));
    }
}
