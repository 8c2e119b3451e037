package org.sovplan.placement.sizing;

import java.util.Optional;

/**
 * The accelerator catalogue sizing reads (capacity-service's, through {@code client/}).
 * Interfaces live with the domain that needs them, so sizing depends on no client.
 */
public interface AcceleratorCatalogue {

    /**
     * One model, empty when the catalogue does not know the code.
     *
     * @throws org.sovplan.common.domain.DependencyUnavailable when the catalogue cannot be read
     */
    Optional<AcceleratorSpec> model(String code);
}
