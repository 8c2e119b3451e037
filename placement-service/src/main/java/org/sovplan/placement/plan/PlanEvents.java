package org.sovplan.placement.plan;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.placement.replica.EventHub;

/** The Server-Sent Events of plans ({@link EventHub}). */
@ApplicationScoped
public class PlanEvents extends EventHub<PlanDto.Event> {

    public PlanEvents() {
        super(PlanDto.Event::planId, event -> event.status().isActive());
    }
}
