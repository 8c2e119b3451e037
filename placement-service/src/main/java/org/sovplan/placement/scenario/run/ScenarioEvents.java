package org.sovplan.placement.scenario.run;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.placement.replica.EventHub;

/** The Server-Sent Events of scenario runs ({@link EventHub}). */
@ApplicationScoped
public class ScenarioEvents extends EventHub<RunDto.Event> {

    public ScenarioEvents() {
        super(RunDto.Event::runId, event -> event.status().isActive());
    }
}
