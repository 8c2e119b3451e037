package org.sovplan.placement.solver;

import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * The accelerators of one model at one site; the value a workload is assigned to. Identity
 * equality: every (site, model) exists once per problem.
 */
public final class Pool {

    private final Site site;
    private final String modelCode;
    private final AcceleratorSpec model;
    private final int availableGpus;

    /** @param model the catalogue entry of {@code modelCode}, null when the catalogue does not list it */
    public Pool(Site site, String modelCode, AcceleratorSpec model, int availableGpus) {
        this.site = site;
        this.modelCode = modelCode;
        this.model = model;
        this.availableGpus = availableGpus;
    }

    public Site site() {
        return site;
    }

    public String modelCode() {
        return modelCode;
    }

    public AcceleratorSpec model() {
        return model;
    }

    public int availableGpus() {
        return availableGpus;
    }

    @Override
    public String toString() {
        return site.name() + "/" + modelCode;
    }
}
