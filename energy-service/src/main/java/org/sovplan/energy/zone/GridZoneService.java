package org.sovplan.energy.zone;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;
import org.sovplan.energy.supply.PowerSupplyRepository;
import org.sovplan.energy.support.UniqueWrites;
import org.sovplan.energy.upgrade.GridUpgradeRepository;


/**
 * Rules of grid zones: codes are unique and fixed, writes need the zone's country in the
 * caller's region scope, and a zone that upgrades or power supplies refer to cannot be deleted.
 */
@ApplicationScoped
public class GridZoneService {

    private static final Sorting SORTING = new Sorting(Map.of(
            "code", "code", "name", "name", "countryCode", "countryCode",
            "carbonIntensityGPerKwh", "carbonIntensityGPerKwh", "renewableSharePct", "renewableSharePct",
            "priceUsdPerMwh", "priceUsdPerMwh", "headroomMw", "headroomMw"), "code");

    private final GridZoneRepository zones;
    private final GridUpgradeRepository upgrades;
    private final PowerSupplyRepository supplies;
    private final RegionScope scope;

    public GridZoneService(GridZoneRepository zones, GridUpgradeRepository upgrades, PowerSupplyRepository supplies,
            RegionScope scope) {
        this.zones = zones;
        this.upgrades = upgrades;
        this.supplies = supplies;
        this.scope = scope;
    }

    public PageResponse<GridZoneDto.Response> list(GridZoneFilter filter, PageQuery page) {
        return PageResponse.of(zones.search(filter, SORTING.of(page.sort)), page, GridZoneDto.Response::from);
    }

    public GridZoneDto.Response get(String code) {
        return GridZoneDto.Response.from(find(code));
    }

    @Transactional
    public GridZoneDto.Response create(GridZoneDto.Request request) {
        if (request.code() == null) {
            throw ApiException.invalidField("code", "is required");
        }
        scope.requireWrite(request.countryCode());
        if (zones.findByIdOptional(request.code()).isPresent()) {
            throw ApiException.conflict("grid zone " + request.code() + " already exists");
        }
        GridZone zone = new GridZone();
        zone.code = request.code();
        apply(request, zone);
        UniqueWrites.flush(() -> zones.persistAndFlush(zone),
                () -> ApiException.conflict("grid zone " + request.code() + " already exists"));
        return GridZoneDto.Response.from(zone);
    }

    @Transactional
    public GridZoneDto.Response update(String code, GridZoneDto.Request request, String ifMatch) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalidField("code", "cannot be changed; it must equal the path (" + code + ")");
        }
        long expected = Versions.expected(request.version(), ifMatch);
        GridZone zone = find(code);
        // Moving a zone to another country is a write in both countries.
        scope.requireWrite(zone.countryCode);
        scope.requireWrite(request.countryCode());
        Versions.check("grid zone", code, expected, zone.version);
        apply(request, zone);
        zones.flush();
        return GridZoneDto.Response.from(zone);
    }

    @Transactional
    public void delete(String code) {
        GridZone zone = find(code);
        scope.requireWrite(zone.countryCode);
        if (upgrades.count("zoneCode", code) > 0) {
            throw ApiException.conflict("grid zone " + code + " has grid upgrades; delete them first");
        }
        if (supplies.count("zoneCode", code) > 0) {
            throw ApiException.conflict("grid zone " + code + " has power supplies; delete or move them first");
        }
        // Its profile and series go with it (ON DELETE CASCADE): they mean nothing without the zone.
        // A reference written meanwhile by another request trips the foreign key instead.
        UniqueWrites.flush(() -> {
            zones.delete(zone);
            zones.flush();
        }, () -> ApiException.conflict("grid zone " + code + " came into use meanwhile; delete its upgrades and"
                + " supplies first"));
    }

    /** The zone, or 404 when it does not exist (the zone is the addressed resource). */
    public GridZone find(String code) {
        return zones.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("grid zone", code));
    }

    /** The zone, or 422 naming {@code field} when a request refers to a zone that does not exist. */
    public GridZone referenced(String field, String code) {
        return zones.findByIdOptional(code)
                .orElseThrow(() -> ApiException.unprocessable(field, "unknown grid zone " + code));
    }

    private static void apply(GridZoneDto.Request request, GridZone zone) {
        zone.name = request.name();
        zone.countryCode = request.countryCode();
        zone.carbonIntensityGPerKwh = request.carbonIntensityGPerKwh();
        zone.renewableSharePct = request.renewableSharePct();
        zone.priceUsdPerMwh = request.priceUsdPerMwh();
        zone.headroomMw = request.headroomMw();
        zone.reliabilityOutageHoursPerYear = request.reliabilityOutageHoursPerYear();
        zone.source = request.source();
        zone.year = request.year();
        zone.estimated = request.estimated();
    }
}
