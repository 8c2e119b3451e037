package org.sovplan.placement.support;

import java.util.Map;

import org.sovplan.placement.config.PlacementConfig;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The service's real {@link PlacementConfig} with its documented defaults, without starting Quarkus. */
public final class TestConfig {

    private TestConfig() {
    }

    public static PlacementConfig defaults() {
        return with(Map.of());
    }

    /** Defaults with some keys overridden, e.g. {@code sovplan.placement.solver.max-candidates-per-workload}. */
    public static PlacementConfig with(Map<String, String> overrides) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(PlacementConfig.class)
                .withSources(new PropertiesConfigSource(overrides, "test", 500))
                .build();
        return config.getConfigMapping(PlacementConfig.class);
    }
}
