package org.sovplan.placement.sizing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.common.domain.RuleBroken;
import org.sovplan.common.domain.RuleBroken.Violation;
import org.sovplan.placement.config.PlacementConfig;
import org.sovplan.placement.workload.WorkloadRepository;

/**
 * Sizes a stored or inline workload on a catalogue or inline accelerator. A catalogue model is
 * read from capacity-service (503 when it is down, 422 when it does not know the code).
 */
@ApplicationScoped
public class SizingService {

    private final WorkloadRepository workloads;
    private final AcceleratorCatalogue catalogue;
    private final PlacementConfig config;

    public SizingService(WorkloadRepository workloads, AcceleratorCatalogue catalogue, PlacementConfig config) {
        this.workloads = workloads;
        this.catalogue = catalogue;
        this.config = config;
    }

    public SizingResult size(SizingDto.Request request) {
        checkChoices(request);
        WorkloadSpec spec = request.workloadId() != null
                ? workloads.findByIdOptional(request.workloadId()).map(WorkloadSpec::of)
                        .orElseThrow(() -> new RuleBroken("workloadId", "unknown workload " + request.workloadId()))
                : request.workload().toSpec();
        checkSpec(spec);
        AcceleratorSpec model = request.acceleratorModel() != null ? request.acceleratorModel()
                : catalogueModel(request.acceleratorModelCode());
        double pue = request.pue() != null ? request.pue() : config.sizing().defaultPue();
        return new Sizer(config.sizing()).size(spec, model, pue);
    }

    private AcceleratorSpec catalogueModel(String code) {
        return catalogue.model(code).orElseThrow(() -> new RuleBroken("acceleratorModelCode",
                "capacity-service does not know " + code));
    }

    private static void checkChoices(SizingDto.Request r) {
        List<Violation> errors = new ArrayList<>();
        if ((r.workloadId() == null) == (r.workload() == null)) {
            errors.add(new Violation("workloadId", "give exactly one of workloadId and workload"));
        }
        if ((r.acceleratorModelCode() == null) == (r.acceleratorModel() == null)) {
            errors.add(new Violation("acceleratorModelCode", "give exactly one of acceleratorModelCode and acceleratorModel"));
        }
        if (!errors.isEmpty()) {
            throw new RuleBroken(errors);
        }
    }

    private static void checkSpec(WorkloadSpec s) {
        if (s.type().isTraining() && (s.trainTokensBillion() == null || s.targetDays() == null)) {
            throw new RuleBroken("workload.trainTokensBillion",
                    "training and fine-tuning need trainTokensBillion and targetDays");
        }
        if (!s.type().isTraining() && s.peakTokensPerSec() == null) {
            throw new RuleBroken("workload.peakTokensPerSec", "inference needs peakTokensPerSec");
        }
    }
}
