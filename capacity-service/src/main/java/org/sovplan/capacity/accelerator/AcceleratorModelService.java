package org.sovplan.capacity.accelerator;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sovplan.common.paging.PageQuery;
import org.sovplan.common.paging.PageResponse;
import org.sovplan.common.paging.Sorting;
import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Versions;
import org.sovplan.common.security.RegionScope;


/**
 * Rules of the accelerator catalogue: codes are unique, every entry names its source, and an
 * entry that pools or reservations refer to cannot be deleted. The catalogue is shared by all
 * regions, so changing it needs an administrator of every region ({@code sovplan_regions: ["*"]}).
 */
@ApplicationScoped
public class AcceleratorModelService {

    private static final Sorting SORTING = new Sorting(Map.of("code", "code", "vendor", "vendor", "name", "name",
            "tdpWatts", "tdpWatts", "memoryGb", "memoryGb", "bf16DenseTflops", "bf16DenseTflops",
            "unitPriceUsd", "unitPriceUsd"), "code");

    private final AcceleratorModelRepository models;
    private final RegionScope scope;

    public AcceleratorModelService(AcceleratorModelRepository models, RegionScope scope) {
        this.models = models;
        this.scope = scope;
    }

    public PageResponse<AcceleratorModelDto.Response> list(String vendor, String formFactor, PageQuery page) {
        return PageResponse.of(models.search(vendor, formFactor, SORTING.of(page.sort))
                , page, AcceleratorModelDto.Response::from);
    }

    public AcceleratorModelDto.Response get(String code) {
        return AcceleratorModelDto.Response.from(find(code));
    }

    @Transactional
    public AcceleratorModelDto.Response create(AcceleratorModelDto.Request request) {
        if (request.code() == null) {
            throw ApiException.invalidField("code", "is required");
        }
        requireCatalogueWrite();
        if (models.findByIdOptional(request.code()).isPresent()) {
            throw ApiException.conflict("accelerator model " + request.code() + " already exists");
        }
        AcceleratorModel model = new AcceleratorModel();
        model.code = request.code();
        apply(request, model);
        models.persistAndFlush(model);
        return AcceleratorModelDto.Response.from(model);
    }

    @Transactional
    public AcceleratorModelDto.Response update(String code, AcceleratorModelDto.Request request, String ifMatch) {
        if (request.code() != null && !request.code().equals(code)) {
            throw ApiException.invalidField("code", "cannot be changed; it must equal the path (" + code + ")");
        }
        long expected = Versions.expected(request.version(), ifMatch);
        requireCatalogueWrite();
        AcceleratorModel model = find(code);
        Versions.check("accelerator model", code, expected, model.version);
        apply(request, model);
        models.flush();
        return AcceleratorModelDto.Response.from(model);
    }

    @Transactional
    public void delete(String code) {
        requireCatalogueWrite();
        AcceleratorModel model = find(code);
        if (models.inUse(code)) {
            throw ApiException.conflict("accelerator model " + code
                    + " is installed at sites or named by reservations; remove those pools first");
        }
        models.delete(model);
    }

    private void requireCatalogueWrite() {
        // countryOf("*") is "*": only a token granting every region passes.
        if (!scope.allows("*")) {
            throw ApiException.forbidden("the accelerator catalogue is shared by all regions; changing it needs "
                    + RegionScope.CLAIM + " [\"*\"]");
        }
    }

    private static void apply(AcceleratorModelDto.Request request, AcceleratorModel model) {
        model.vendor = request.vendor().strip();
        model.name = request.name().strip();
        model.formFactor = request.formFactor().strip();
        model.acceleratorClass = request.acceleratorClass() != null ? request.acceleratorClass()
                : AcceleratorClass.ofFormFactor(model.formFactor);
        model.memoryGb = request.memoryGb();
        model.memoryBandwidthTbps = request.memoryBandwidthTbps();
        model.tdpWatts = request.tdpWatts();
        model.bf16DenseTflops = request.bf16DenseTflops();
        model.fp8DenseTflops = request.fp8DenseTflops();
        model.int8DenseTops = request.int8DenseTops();
        model.unitPriceUsd = request.unitPriceUsd();
        model.priceEstimated = request.priceEstimated() == null || request.priceEstimated();
        model.source = request.source().strip();
    }

    private AcceleratorModel find(String code) {
        return models.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("accelerator model", code));
    }
}
