package org.sovplan.energy.supply;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;
import org.sovplan.energy.support.UniqueWrites;
import org.sovplan.energy.zone.GridZone;
import org.sovplan.energy.zone.GridZoneService;


/**
 * Rules of power supplies: one per site, the zone exists, and writes need the zone's country in
 * the caller's region scope. Contracts are not refused when they exceed the zone's headroom: an
 * existing connection is a fact to record, and the headroom answer then shows the deficit.
 */
@ApplicationScoped
public class PowerSupplyService {

    private static final Sorting SORTING = new Sorting(Map.of(
            "siteId", "siteId", "zoneCode", "zoneCode", "contractedMw", "contractedMw",
            "onsiteRenewableMw", "onsiteRenewableMw"), "id");

    private final PowerSupplyRepository supplies;
    private final GridZoneService zones;
    private final RegionScope scope;

    public PowerSupplyService(PowerSupplyRepository supplies, GridZoneService zones, RegionScope scope) {
        this.supplies = supplies;
        this.zones = zones;
        this.scope = scope;
    }

    public PageResponse<PowerSupplyDto.Response> list(PowerSupplyFilter filter, PageQuery page) {
        return PageResponse.of(supplies.search(filter, SORTING.of(page.sort)), page, PowerSupplyDto.Response::from);
    }

    public PowerSupplyDto.Response get(UUID id) {
        return PowerSupplyDto.Response.from(find(id));
    }

    @Transactional
    public PowerSupplyDto.Response create(PowerSupplyDto.Request request) {
        GridZone zone = zones.referenced("zoneCode", request.zoneCode());
        scope.requireWrite(zone.countryCode);
        if (supplies.findBySite(request.siteId()).isPresent()) {
            throw siteConflict(request);
        }
        PowerSupply supply = new PowerSupply();
        supply.id = UUID.randomUUID();
        supply.siteId = request.siteId();
        apply(request, supply);
        UniqueWrites.flush(() -> supplies.persistAndFlush(supply), () -> siteConflict(request));
        return PowerSupplyDto.Response.from(supply);
    }

    @Transactional
    public PowerSupplyDto.Response update(UUID id, PowerSupplyDto.Request request, String ifMatch) {
        long expected = Versions.expected(request.version(), ifMatch);
        PowerSupply supply = find(id);
        if (!supply.siteId.equals(request.siteId())) {
            throw ApiException.invalidField("siteId", "cannot be changed; delete this supply and create one for the"
                    + " other site");
        }
        scope.requireWrite(zones.find(supply.zoneCode).countryCode);
        GridZone target = zones.referenced("zoneCode", request.zoneCode());
        scope.requireWrite(target.countryCode);
        Versions.check("power supply", id, expected, supply.version);
        apply(request, supply);
        supplies.flush();
        return PowerSupplyDto.Response.from(supply);
    }

    @Transactional
    public void delete(UUID id) {
        PowerSupply supply = find(id);
        scope.requireWrite(zones.find(supply.zoneCode).countryCode);
        supplies.delete(supply);
    }

    private static void apply(PowerSupplyDto.Request request, PowerSupply supply) {
        supply.zoneCode = request.zoneCode();
        supply.contractedMw = request.contractedMw();
        supply.onsiteRenewableMw = request.onsiteRenewableMw() == null ? 0 : request.onsiteRenewableMw();
    }

    private static ApiException siteConflict(PowerSupplyDto.Request request) {
        return ApiException.conflict("site " + request.siteId() + " already has a power supply; update that one");
    }

    private PowerSupply find(UUID id) {
        return supplies.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("power supply", id));
    }
}
