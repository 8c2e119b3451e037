package org.sovplan.energy.candidate;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.domain.Conflict;
import org.sovplan.common.domain.NotFound;
import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;
import org.sovplan.energy.support.UniqueWrites;
import org.sovplan.energy.zone.GridZone;
import org.sovplan.energy.zone.GridZoneService;

/**
 * Rules of candidate grid upgrades: each belongs to an existing zone, names are unique within the
 * zone, and writes need the zone's country in the caller's region scope.
 */
@ApplicationScoped
public class UpgradeCandidateService {

    private static final Sorting SORTING = new Sorting(Map.of("name", "name", "maxMw", "maxMw",
            "capexUsdPerMw", "capexUsdPerMw", "leadTimeYears", "leadTimeYears"), "id");

    private final UpgradeCandidateRepository candidates;
    private final GridZoneService zones;
    private final RegionScope scope;

    public UpgradeCandidateService(UpgradeCandidateRepository candidates, GridZoneService zones, RegionScope scope) {
        this.candidates = candidates;
        this.zones = zones;
        this.scope = scope;
    }

    public PageResponse<UpgradeCandidateDto.Response> list(String zoneCode, PageQuery page) {
        zones.find(zoneCode);
        return PageResponse.of(candidates.ofZone(zoneCode, SORTING.of(page.sort)), page,
                UpgradeCandidateDto.Response::from);
    }

    public UpgradeCandidateDto.Response get(String zoneCode, UUID id) {
        return UpgradeCandidateDto.Response.from(find(zoneCode, id));
    }

    @Transactional
    public UpgradeCandidateDto.Response create(String zoneCode, UpgradeCandidateDto.Request request) {
        GridZone zone = zones.find(zoneCode);
        scope.requireWrite(zone.countryCode);
        UpgradeCandidate candidate = new UpgradeCandidate();
        candidate.id = UUID.randomUUID();
        candidate.zoneCode = zone.code;
        apply(request, candidate);
        UniqueWrites.flush(() -> candidates.persistAndFlush(candidate), () -> nameConflict(zoneCode, request));
        return UpgradeCandidateDto.Response.from(candidate);
    }

    @Transactional
    public UpgradeCandidateDto.Response update(String zoneCode, UUID id, UpgradeCandidateDto.Request request,
            String ifMatch) {
        long expected = Versions.expected(request.version(), ifMatch);
        UpgradeCandidate candidate = find(zoneCode, id);
        scope.requireWrite(zones.find(zoneCode).countryCode);
        Versions.check("upgrade candidate", id, expected, candidate.version);
        apply(request, candidate);
        UniqueWrites.flush(candidates::flush, () -> nameConflict(zoneCode, request));
        return UpgradeCandidateDto.Response.from(candidate);
    }

    @Transactional
    public void delete(String zoneCode, UUID id) {
        UpgradeCandidate candidate = find(zoneCode, id);
        scope.requireWrite(zones.find(zoneCode).countryCode);
        candidates.delete(candidate);
    }

    private void apply(UpgradeCandidateDto.Request request, UpgradeCandidate candidate) {
        if (candidates.nameTaken(candidate.zoneCode, request.name().trim(), candidate.id)) {
            throw nameConflict(candidate.zoneCode, request);
        }
        candidate.name = request.name().trim();
        candidate.maxMw = request.maxMw();
        candidate.capexUsdPerMw = request.capexUsdPerMw();
        candidate.leadTimeYears = request.leadTimeYears();
        candidate.renewable = Boolean.TRUE.equals(request.renewable());
        candidate.source = request.source();
        candidate.estimated = Boolean.TRUE.equals(request.estimated());
    }

    private static Conflict nameConflict(String zoneCode, UpgradeCandidateDto.Request request) {
        return new Conflict("grid zone " + zoneCode + " already has an upgrade candidate named '"
                + request.name().trim() + "'");
    }

    private UpgradeCandidate find(String zoneCode, UUID id) {
        return candidates.findByIdOptional(id).filter(c -> c.zoneCode.equals(zoneCode))
                .orElseThrow(() -> new NotFound("upgrade candidate", id));
    }
}
