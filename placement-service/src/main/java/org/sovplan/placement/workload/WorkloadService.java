package org.sovplan.placement.workload;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.domain.Conflict;
import org.sovplan.common.domain.NotFound;
import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;

import io.quarkus.security.identity.SecurityIdentity;

/** Rules of workloads: region-scoped writes, consistent sizing inputs, names unique per region. */
@ApplicationScoped
public class WorkloadService {

    private static final Sorting SORTING = new Sorting(Map.of("name", "name", "priority", "priority",
            "type", "type", "regionCode", "regionCode", "createdAt", "createdAt", "id", "id"), "id");

    private final WorkloadRepository workloads;
    private final RegionScope scope;
    private final SecurityIdentity identity;

    public WorkloadService(WorkloadRepository workloads, RegionScope scope, SecurityIdentity identity) {
        this.workloads = workloads;
        this.scope = scope;
        this.identity = identity;
    }

    public PageResponse<WorkloadDto.Response> list(WorkloadFilter filter, PageQuery page) {
        return PageResponse.of(workloads.search(filter, SORTING.of(page.sort)), page, WorkloadDto.Response::from);
    }

    public WorkloadDto.Response get(UUID id) {
        return WorkloadDto.Response.from(find(id));
    }

    @Transactional
    public WorkloadDto.Response create(WorkloadDto.Request request) {
        WorkloadRules.check(request);
        scope.requireWrite(request.regionCode());
        if (workloads.nameTaken(request.regionCode(), request.name(), null)) {
            throw new Conflict("a workload named '" + request.name() + "' exists in " + request.regionCode());
        }
        Workload workload = new Workload();
        workload.id = UUID.randomUUID();
        workload.createdBy = identity.getPrincipal().getName();
        apply(request, workload);
        workloads.persistAndFlush(workload);
        return WorkloadDto.Response.from(workload);
    }

    @Transactional
    public WorkloadDto.Response update(UUID id, WorkloadDto.Request request, String ifMatch) {
        long expected = Versions.expected(request.version(), ifMatch);
        WorkloadRules.check(request);
        Workload workload = find(id);
        scope.requireWrite(workload.regionCode);
        scope.requireWrite(request.regionCode());
        Versions.check("workload", id, expected, workload.version);
        if (workloads.nameTaken(request.regionCode(), request.name(), id)) {
            throw new Conflict("a workload named '" + request.name() + "' exists in " + request.regionCode());
        }
        apply(request, workload);
        workloads.flush();
        return WorkloadDto.Response.from(workload);
    }

    @Transactional
    public void delete(UUID id) {
        Workload workload = find(id);
        scope.requireWrite(workload.regionCode);
        workloads.delete(workload);
    }

    /** The workloads a plan covers: the named ones (all must exist) or all matching the filter. */
    public List<Workload> forPlan(List<UUID> ids, WorkloadFilter filter, int max) {
        List<Workload> found;
        if (ids != null && !ids.isEmpty()) {
            found = workloads.withIds(ids);
            if (found.size() != ids.stream().distinct().count()) {
                List<UUID> missing = ids.stream().filter(i -> found.stream().noneMatch(w -> w.id.equals(i))).toList();
                throw new RuleBroken("workloadIds", "unknown workloads " + missing);
            }
        } else {
            found = workloads.search(filter, SORTING.of(null)).range(0, max).list();
        }
        if (found.isEmpty()) {
            throw new RuleBroken("workloadIds", "the plan covers no workload; name some or widen the filter");
        }
        if (found.size() > max) {
            throw new RuleBroken("workloadIds", "a plan covers at most " + max + " workloads");
        }
        return found;
    }

    private void apply(WorkloadDto.Request r, Workload w) {
        w.name = r.name().trim();
        w.regionCode = r.regionCode();
        w.type = r.type();
        w.paramsBillion = r.paramsBillion();
        w.precision = r.precision();
        w.trainTokensBillion = r.trainTokensBillion();
        w.targetDays = r.targetDays();
        w.mfu = r.mfu();
        w.peakTokensPerSec = r.peakTokensPerSec();
        w.userRegionCode = r.userRegionCode();
        w.maxLatencyMs = r.maxLatencyMs();
        w.minSovereigntyLevel = (short) (r.minSovereigntyLevel() == null ? 0 : r.minSovereigntyLevel().number());
        w.allowedJurisdictions = r.allowedJurisdictions() == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(r.allowedJurisdictions().stream().distinct().toList());
        w.allowedAcceleratorModels = r.allowedAcceleratorModels() == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(r.allowedAcceleratorModels().stream().distinct().toList());
        w.maxCarbonGPerKwh = r.maxCarbonGPerKwh();
        w.startDate = r.startDate();
        w.substituteMinParamsBillion = r.substituteMinParamsBillion();
        w.substitutePrecision = r.substitutePrecision();
        w.priority = (short) (r.priority() == null ? 5 : r.priority());
    }

    private Workload find(UUID id) {
        return workloads.findByIdOptional(id).orElseThrow(() -> new NotFound("workload", id));
    }
}
