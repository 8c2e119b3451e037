package org.sovplan.placement.sizing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;
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
                        .orElseThrow(() -> ApiException.unprocessable("workloadId", "unknown workload " + request.workloadId()))
                : request.workload().toSpec();
        checkSpec(spec);
        AcceleratorSpec model = request.acceleratorModel() != null ? request.acceleratorModel()
                : catalogueModel(request.acceleratorModelCode());
        double pue = request.pue() != null ? request.pue() : config.sizing().defaultPue();
        return new Sizer(config.sizing()).size(spec, model, pue);
    }

    private AcceleratorSpec catalogueModel(String code) {
        return catalogue.model(code).orElseThrow(() -> ApiException.unprocessable("acceleratorModelCode",
                "capacity-service does not know " + code));
    }

    private static void checkChoices(SizingDto.Request r) {
        List<FieldError> errors = new ArrayList<>();
        if ((r.workloadId() == null) == (r.workload() == null)) {
            errors.add(new FieldError("workloadId", "give exactly one of workloadId and workload"));
        }
        if ((r.acceleratorModelCode() == null) == (r.acceleratorModel() == null)) {
            errors.add(new FieldError("acceleratorModelCode", "give exactly one of acceleratorModelCode and acceleratorModel"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
    }

    private static void checkSpec(WorkloadSpec s) {
        if (s.type().isTraining() && (s.trainTokensBillion() == null || s.targetDays() == null)) {
            throw ApiException.unprocessable("workload.trainTokensBillion",
                    "training and fine-tuning need trainTokensBillion and targetDays");
        }
        if (!s.type().isTraining() && s.peakTokensPerSec() == null) {
            throw ApiException.unprocessable("workload.peakTokensPerSec", "inference needs peakTokensPerSec");
        }
    }
}
