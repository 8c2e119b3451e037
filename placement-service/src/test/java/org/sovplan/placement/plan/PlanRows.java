package org.sovplan.placement.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Plan rows written straight to the database, as another replica would leave them: a test-data
 * builder for the lease tests.
 */
@ApplicationScoped
public class PlanRows {

    private final PlanRepository plans;

    public PlanRows(PlanRepository plans) {
        this.plans = plans;
    }

    /** A plan of the KE region owned by {@code owner} whose lease ends at {@code leaseUntil}. */
    public UUID insert(PlanStatus status, String owner, Instant leaseUntil) {
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.status = status;
        plan.request = new PlanDto.CreateRequest(List.of(UUID.randomUUID()), null, null, null, 30, null);
        plan.regionCodes = new ArrayList<>(List.of("KE"));
        plan.workloadCount = 1;
        plan.timeLimitSeconds = 30;
        plan.createdBy = "paul";
        plan.createdAt = Instant.now();
        plan.owner = owner;
        plan.leaseUntil = leaseUntil;
        QuarkusTransaction.requiringNew().run(() -> plans.persist(plan));
        return plan.id;
    }

    public Plan read(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> plans.findById(id));
    }

    /** Changes a row as its owner would, e.g. finishing it. */
    public void update(UUID id, Consumer<Plan> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(plans.findById(id)));
    }

    /** Ends a plan that no replica here runs, so that it leaves no active row behind. */
    public void end(UUID id) {
        update(id, p -> {
            if (p.status.isActive()) {
                p.status = PlanStatus.CANCELLED;
                p.finishedAt = Instant.now();
            }
        });
    }
}
