package org.sovplan.placement.support;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.sovplan.placement.client.PlanningDataLoader;
import org.sovplan.placement.problem.PlanningDataSource;
import org.sovplan.placement.problem.PlanningInputs;
import org.sovplan.placement.problem.WorkloadDemand;

/**
 * Test seam for the plan lifecycle over REST: when a test hands it inputs, plans use them instead
 * of calling capacity-service and energy-service; otherwise it is the real {@link PlanningDataLoader}.
 * It replaces the two services' data, nothing else: the plan is still queued, solved by Timefold,
 * stored in PostgreSQL and streamed. Not an end-to-end test of the services together.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixturePlanningDataSource implements PlanningDataSource {

    private final PlanningDataLoader real;
    private volatile PlanningInputs fixture;

    public FixturePlanningDataSource(PlanningDataLoader real) {
        this.real = real;
    }

    public void use(PlanningInputs inputs) {
        this.fixture = inputs;
    }

    public void clear() {
        this.fixture = null;
    }

    @Override
    public PlanningInputs load(List<WorkloadDemand> workloads, LocalDate horizonDate) {
        PlanningInputs inputs = fixture;
        return inputs != null ? inputs : real.load(workloads, horizonDate);
    }
}
