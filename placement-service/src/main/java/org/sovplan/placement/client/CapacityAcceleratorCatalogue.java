package org.sovplan.placement.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.placement.sizing.AcceleratorCatalogue;
import org.sovplan.placement.sizing.AcceleratorSpec;

/** capacity-service's accelerator catalogue for sizing; a failed call is a 503 naming the service. */
@ApplicationScoped
public class CapacityAcceleratorCatalogue implements AcceleratorCatalogue {

    private final CapacityClient capacity;

    public CapacityAcceleratorCatalogue(CapacityClient capacity) {
        this.capacity = capacity;
    }

    @Override
    public Optional<AcceleratorSpec> model(String code) {
        try {
            return capacity.model(code).map(CapacityViews.AcceleratorModelView::toSpec);
        } catch (RuntimeException e) {
            throw Dependencies.unavailable(PlanningDataLoader.CAPACITY, e);
        }
    }
}
