package org.sovplan.placement.sizing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sizing calculator over REST, for planners. */
@Path("/api/v1/sizing")
@Tag(name = "Sizing", description = "GPUs, memory, power and energy a workload needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SizingResource {

    private static final String EXAMPLE = """
            {"workload": {"type": "TRAINING", "paramsBillion": 7, "precision": "bf16", "trainTokensBillion": 2000,
             "targetDays": 30, "mfu": 0.4}, "acceleratorModelCode": "NVIDIA_A100_SXM", "pue": 1.4}""";

    private final SizingService service;

    public SizingResource(SizingService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed("planner")
    @Operation(operationId = "sizeWorkload", summary = "Size a workload on an accelerator model",
            description = "Training: 6·N·D FLOP, GPU-hours = FLOP / (peak × MFU × 3600), GPUs = GPU-hours / (days × 24). "
                    + "Inference: replicas bounded by memory bandwidth / weight bytes. Power MW = GPUs × TDP × (1 + overhead) × PUE / 1e6.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "7B on 2T tokens", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The sizing")
    @APIResponse(responseCode = "422", description = "Unknown workload or model, or inputs the type needs are missing")
    @APIResponse(responseCode = "503", description = "capacity-service is unavailable (catalogue models only)")
    public SizingResult size(@Valid @NotNull SizingDto.Request request) {
        return service.size(request);
    }
}
