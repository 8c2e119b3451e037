package org.sovplan.placement.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.sovplan.placement.client.ScenarioDataLoader;
import org.sovplan.placement.problem.PlanningInputs.GeoPoint;
import org.sovplan.placement.scenario.ScenarioDataSource;
import org.sovplan.placement.scenario.ScenarioInputs;
import org.sovplan.placement.scenario.ScenarioInputs.SiteFacts;
import org.sovplan.placement.scenario.ScenarioInputs.ZoneFacts;
import org.sovplan.placement.sizing.AcceleratorSpec;

/**
 * Test seam for scenario runs over REST: when a test hands it inputs, runs use them instead of
 * calling capacity-service and energy-service; otherwise it is the real {@link ScenarioDataLoader}.
 * The run is still queued, solved by SCIP, stored in PostgreSQL and streamed.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixtureScenarioDataSource implements ScenarioDataSource {

    public static final UUID NAIROBI = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    private final ScenarioDataLoader real;
    private volatile ScenarioInputs fixture;

    public FixtureScenarioDataSource(ScenarioDataLoader real) {
        this.real = real;
    }

    /** Kenya: one operational site in Nairobi (2 MW, 16 H100), zone KE with 20 MW of headroom. */
    public static ScenarioInputs kenya(int firstYear, int lastYear) {
        Map<Integer, Double> headroom = new HashMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            headroom.put(y, 20.0);
        }
        return new ScenarioInputs(
                List.of(new SiteFacts(NAIROBI, "Nairobi DC", "KE", "KE", 3, "OPERATIONAL", LocalDate.of(2024, 1, 1), 2,
                        10.0, 1.3, "KE", -1.29, 36.82, Map.of("NVIDIA_H100_SXM", 16),
                        "SOVEREIGN_CLOUD")),
                List.of(new AcceleratorSpec("NVIDIA_H100_SXM", 80.0, 3.35, 700.0, 989.0, 1979.0, 30000.0),
                        new AcceleratorSpec("NVIDIA_L4", 24.0, 0.3, 72.0, 121.0, 242.0, 2500.0)),
                Map.of("KE", new ZoneFacts("KE", 100, 200, headroom)),
                Map.of("KE", new GeoPoint(0.02, 37.9), "KE-30", new GeoPoint(-1.29, 36.82)));
    }

    public void use(ScenarioInputs inputs) {
        this.fixture = inputs;
    }

    public void clear() {
        this.fixture = null;
    }

    @Override
    public ScenarioInputs load(String regionCode, int firstYear, int lastYear, Set<String> userRegions) {
        ScenarioInputs inputs = fixture;
        return inputs != null ? inputs : real.load(regionCode, firstYear, lastYear, userRegions);
    }
}
