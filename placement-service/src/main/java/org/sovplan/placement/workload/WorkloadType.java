package org.sovplan.placement.workload;

/** What a workload does; decides which sizing formula applies. */
public enum WorkloadType {
    TRAINING, FINE_TUNING, LLM_INFERENCE, SLM_INFERENCE, EDGE_INFERENCE;

    /** Training and fine-tuning are sized by compute (6·N·D), the others by decode throughput. */
    public boolean isTraining() {
        return this == TRAINING || this == FINE_TUNING;
    }
}
