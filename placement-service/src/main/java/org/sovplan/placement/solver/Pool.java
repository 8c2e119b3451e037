package org.sovplan.placement.solver;

/**
 * The accelerators of one model at one site; the value a workload is assigned to. Identity
 * equality: every (site, model) exists once per problem.
 */
public final class Pool {

    private final Site site;
    private final String modelCode;
    private final int availableGpus;

    public Pool(Site site, String modelCode, int availableGpus) {
        this.site = site;
        this.modelCode = modelCode;
        this.availableGpus = availableGpus;
    }

    public Site site() {
        return site;
    }

    public String modelCode() {
        return modelCode;
    }

    public int availableGpus() {
        return availableGpus;
    }

    @Override
    public String toString() {
        return site.name() + "/" + modelCode;
    }
}
