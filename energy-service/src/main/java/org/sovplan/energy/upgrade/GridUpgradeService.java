package org.sovplan.energy.upgrade;

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
 * Rules of grid upgrades: the zone exists, the renewable part fits in the added MW, names are
 * unique within a zone, and writes need the zone's country in the caller's region scope.
 */
@ApplicationScoped
public class GridUpgradeService {

    private static final Sorting SORTING = new Sorting(Map.of(
            "name", "name", "zoneCode", "zoneCode", "expectedOnline", "expectedOnline", "addedMw", "addedMw",
            "capexUsd", "capexUsd", "status", "status"), "id");

    private final GridUpgradeRepository upgrades;
    private final GridZoneService zones;
    private final RegionScope scope;

    public GridUpgradeService(GridUpgradeRepository upgrades, GridZoneService zones, RegionScope scope) {
        this.upgrades = upgrades;
        this.zones = zones;
        this.scope = scope;
    }

    public PageResponse<GridUpgradeDto.Response> list(GridUpgradeFilter filter, PageQuery page) {
        return PageResponse.of(upgrades.search(filter, SORTING.of(page.sort)), page, GridUpgradeDto.Response::from);
    }

    public GridUpgradeDto.Response get(UUID id) {
        return GridUpgradeDto.Response.from(find(id));
    }

    @Transactional
    public GridUpgradeDto.Response create(GridUpgradeDto.Request request) {
        GridZone zone = zones.referenced("zoneCode", request.zoneCode());
        scope.requireWrite(zone.countryCode);
        GridUpgrade upgrade = new GridUpgrade();
        upgrade.id = UUID.randomUUID();
        apply(request, upgrade);
        UniqueWrites.flush(() -> upgrades.persistAndFlush(upgrade), () -> nameConflict(request));
        return GridUpgradeDto.Response.from(upgrade);
    }

    @Transactional
    public GridUpgradeDto.Response update(UUID id, GridUpgradeDto.Request request, String ifMatch) {
        long expected = Versions.expected(request.version(), ifMatch);
        GridUpgrade upgrade = find(id);
        scope.requireWrite(zones.find(upgrade.zoneCode).countryCode);
        GridZone target = zones.referenced("zoneCode", request.zoneCode());
        scope.requireWrite(target.countryCode);
        Versions.check("grid upgrade", id, expected, upgrade.version);
        apply(request, upgrade);
        UniqueWrites.flush(upgrades::flush, () -> nameConflict(request));
        return GridUpgradeDto.Response.from(upgrade);
    }

    @Transactional
    public void delete(UUID id) {
        GridUpgrade upgrade = find(id);
        scope.requireWrite(zones.find(upgrade.zoneCode).countryCode);
        upgrades.delete(upgrade);
    }

    private void apply(GridUpgradeDto.Request request, GridUpgrade upgrade) {
        if (request.renewableMw() > request.addedMw()) {
            throw ApiException.unprocessable("renewableMw", "must not exceed addedMw (" + request.addedMw() + ")");
        }
        if (upgrades.nameTaken(request.zoneCode(), request.name(), upgrade.id)) {
            throw nameConflict(request);
        }
        upgrade.zoneCode = request.zoneCode();
        upgrade.name = request.name();
        upgrade.addedMw = request.addedMw();
        upgrade.renewableMw = request.renewableMw();
        upgrade.capexUsd = request.capexUsd();
        upgrade.expectedOnline = request.expectedOnline();
        upgrade.status = request.status();
        upgrade.source = request.source();
        upgrade.estimated = Boolean.TRUE.equals(request.estimated());
    }

    private static ApiException nameConflict(GridUpgradeDto.Request request) {
        return ApiException.conflict("grid zone " + request.zoneCode() + " already has an upgrade named '"
                + request.name() + "'");
    }

    private GridUpgrade find(UUID id) {
        return upgrades.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("grid upgrade", id));
    }
}
