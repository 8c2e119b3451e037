package org.sovplan.placement.workload;

/** Filters of the workload list and of plans over "all workloads matching". */
public record WorkloadFilter(String regionCode, WorkloadType type, String name, Integer minPriority) {
}
