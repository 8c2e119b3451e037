package org.sovplan.placement.scenario;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.domain.Conflict;
import org.sovplan.common.domain.NotFound;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;

import io.quarkus.security.identity.SecurityIdentity;

/** Rules of scenarios: region-scoped writes, a consistent definition, names unique per region, no lost update. */
@ApplicationScoped
public class ScenarioService {

    private static final Sorting SORTING = new Sorting(Map.of("name", "name", "regionCode", "regionCode",
            "firstYear", "firstYear", "createdAt", "createdAt", "id", "id"), "id");

    private final ScenarioRepository scenarios;
    private final RegionScope scope;
    private final SecurityIdentity identity;
    private final ScenarioConfig config;

    public ScenarioService(ScenarioRepository scenarios, RegionScope scope, SecurityIdentity identity,
            ScenarioConfig config) {
        this.scenarios = scenarios;
        this.scope = scope;
        this.identity = identity;
        this.config = config;
    }

    public PageResponse<ScenarioDto.Summary> list(String regionCode, PageQuery page) {
        return PageResponse.of(scenarios.search(regionCode, SORTING.of(page.sort)), page, ScenarioDto.Summary::from);
    }

    public Optional<ScenarioDto.Response> get(UUID id) {
        return scenarios.findByIdOptional(id).map(ScenarioDto.Response::from);
    }

    @Transactional
    public ScenarioDto.Response create(ScenarioDto.Request request) {
        ScenarioRules.check(request, config);
        scope.requireWrite(request.regionCode());
        requireUniqueName(request, null);
        Scenario scenario = new Scenario();
        scenario.id = UUID.randomUUID();
        scenario.createdBy = identity.getPrincipal().getName();
        apply(request, scenario);
        scenarios.persistAndFlush(scenario);
        return ScenarioDto.Response.from(scenario);
    }

    @Transactional
    public ScenarioDto.Response update(UUID id, ScenarioDto.Request request, String ifMatch) {
        long expected = Versions.expected(request.version(), ifMatch);
        ScenarioRules.check(request, config);
        Scenario scenario = find(id);
        scope.requireWrite(scenario.regionCode);
        scope.requireWrite(request.regionCode());
        Versions.check("scenario", id, expected, scenario.version);
        requireUniqueName(request, id);
        apply(request, scenario);
        scenarios.flush();
        return ScenarioDto.Response.from(scenario);
    }

    @Transactional
    public void delete(UUID id) {
        Scenario scenario = find(id);
        scope.requireWrite(scenario.regionCode);
        scenarios.delete(scenario);
    }

    /** The stored scenario, or 404. */
    public Scenario find(UUID id) {
        return scenarios.findByIdOptional(id).orElseThrow(() -> new NotFound("scenario", id));
    }

    private void requireUniqueName(ScenarioDto.Request request, UUID except) {
        if (scenarios.nameTaken(request.regionCode(), request.name().trim(), except)) {
            throw new Conflict("a scenario named '" + request.name().trim() + "' exists in " + request.regionCode());
        }
    }

    private static void apply(ScenarioDto.Request r, Scenario s) {
        s.name = r.name().trim();
        s.regionCode = r.regionCode();
        s.firstYear = r.firstYear();
        s.lastYear = r.lastYear();
        s.definition = r.definition();
    }
}
