package org.sovplan.placement.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.solver.Justifications.Overrun;
import org.sovplan.placement.solver.Justifications.Unplaced;

/** One ConstraintVerifier test per constraint: what it penalises, by how much, and what it leaves alone. */
class PlacementConstraintsTest {

    private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier = ConstraintVerifier
            .build(new PlacementConstraints(), PlacementSolution.class, Placement.class);

    private final GridZone ke = new GridZone("KE", 1_000, 70, 150);
    private final Site nairobi = new Site(UUID.randomUUID(), "Nairobi", "KE", "KE", 3, null, 500, 1.2, ke, -1.29, 36.82);
    private final Site mombasa = new Site(UUID.randomUUID(), "Mombasa", "KE", "KE", 1, LocalDate.of(2028, 1, 1), 400,
            1.4, ke, -4.04, 39.67);
    private final Pool nairobiH100 = new Pool(nairobi, "H100", 10);
    private final Pool nairobiL4 = new Pool(nairobi, "L4", 100);
    private final Pool mombasaH100 = new Pool(mombasa, "H100", 10);

    /** A placement with one candidate per pool given; gpus and kW as stated, penalties 1/2/3/4. */
    private Placement placement(String name, int gpus, long itKw, long gridKw, Double latencyMs, Pool... pools) {
        return placement(name, gpus, itKw, gridKw, latencyMs, 0, Set.of(), Set.of(), null, null, null, pools);
    }

    private Placement placement(String name, int gpus, long itKw, long gridKw, Double latencyMs, int seal,
            Set<String> jurisdictions, Set<String> models, Double maxLatency, Double maxCarbon, LocalDate neededBy,
            Pool... pools) {
        List<Candidate> candidates = java.util.Arrays.stream(pools)
                .map(p -> new Candidate(p, gpus, itKw, gridKw, latencyMs, 1, 1, 1, 100, 20, 3, 4)).toList();
        return new Placement(UUID.nameUUIDFromBytes(name.getBytes()), name, 7, seal, jurisdictions, models,
                maxLatency, maxCarbon, neededBy, candidates);
    }

    private static Placement at(Placement p, Pool pool) {
        p.setPool(pool);
        return p;
    }

    @Test
    void poolGpuCapacityPenalisesGpusBeyondThePool() {
        Placement a = at(placement("a", 6, 1, 1, null, nairobiH100), nairobiH100);
        Placement b = at(placement("b", 7, 1, 1, null, nairobiH100), nairobiH100);
        verifier.verifyThat(PlacementConstraints::poolGpuCapacity).given(a, b).penalizesBy(3);
        verifier.verifyThat(PlacementConstraints::poolGpuCapacity).given(a, b)
                .justifiesWith(new Overrun("pool", "Nairobi/H100", 13, 10, "GPUs"));
        verifier.verifyThat(PlacementConstraints::poolGpuCapacity).given(a).hasNoImpact();
    }

    @Test
    void poolGpuCapacityCountsPoolsSeparately() {
        Placement a = at(placement("a", 10, 1, 1, null, nairobiH100), nairobiH100);
        Placement b = at(placement("b", 10, 1, 1, null, mombasaH100), mombasaH100);
        verifier.verifyThat(PlacementConstraints::poolGpuCapacity).given(a, b).hasNoImpact();
    }

    @Test
    void siteItPowerPenalisesKwBeyondTheSite() {
        Placement a = at(placement("a", 1, 300, 1, null, nairobiH100), nairobiH100);
        Placement b = at(placement("b", 1, 250, 1, null, nairobiL4), nairobiL4);
        verifier.verifyThat(PlacementConstraints::siteItPower).given(a, b).penalizesBy(50);
        verifier.verifyThat(PlacementConstraints::siteItPower).given(a).hasNoImpact();
    }

    @Test
    void gridHeadroomPenalisesKwBeyondTheZoneAcrossSites() {
        Placement a = at(placement("a", 1, 1, 600, null, nairobiH100), nairobiH100);
        Placement b = at(placement("b", 1, 1, 500, null, mombasaH100), mombasaH100);
        verifier.verifyThat(PlacementConstraints::gridHeadroom).given(a, b).penalizesBy(100);
        verifier.verifyThat(PlacementConstraints::gridHeadroom).given(b).hasNoImpact();
    }

    @Test
    void sovereigntyLevelPenalisesSitesBelowTheMinimum() {
        Placement low = at(placement("low", 1, 1, 1, null, 3, Set.of(), Set.of(), null, null, null, mombasaH100), mombasaH100);
        Placement ok = at(placement("ok", 1, 1, 1, null, 3, Set.of(), Set.of(), null, null, null, nairobiH100), nairobiH100);
        verifier.verifyThat(PlacementConstraints::sovereigntyLevel).given(low, ok).penalizesBy(1);
    }

    @Test
    void jurisdictionPenalisesSitesOutsideTheAllowedOnes() {
        Placement et = at(placement("et", 1, 1, 1, null, 0, Set.of("ET"), Set.of(), null, null, null, nairobiH100), nairobiH100);
        Placement any = at(placement("any", 1, 1, 1, null, nairobiH100), nairobiH100);
        Placement ke = at(placement("ke", 1, 1, 1, null, 0, Set.of("KE", "ET"), Set.of(), null, null, null, nairobiH100), nairobiH100);
        verifier.verifyThat(PlacementConstraints::jurisdiction).given(et, any, ke).penalizesBy(1);
    }

    @Test
    void acceleratorModelPenalisesModelsNotAllowed() {
        Placement l4Only = at(placement("l4", 1, 1, 1, null, 0, Set.of(), Set.of("L4"), null, null, null, nairobiH100), nairobiH100);
        Placement l4Ok = at(placement("l4ok", 1, 1, 1, null, 0, Set.of(), Set.of("L4"), null, null, null, nairobiL4), nairobiL4);
        verifier.verifyThat(PlacementConstraints::acceleratorModel).given(l4Only, l4Ok).penalizesBy(1);
    }

    @Test
    void latencyBoundPenalisesOptionsFartherThanAllowed() {
        Placement far = at(placement("far", 1, 1, 1, 80.0, 0, Set.of(), Set.of(), 50.0, null, null, nairobiH100), nairobiH100);
        Placement near = at(placement("near", 1, 1, 1, 20.0, 0, Set.of(), Set.of(), 50.0, null, null, nairobiH100), nairobiH100);
        Placement unbounded = at(placement("free", 1, 1, 1, 80.0, nairobiH100), nairobiH100);
        verifier.verifyThat(PlacementConstraints::latencyBound).given(far, near, unbounded).penalizesBy(1);
    }

    @Test
    void siteAvailabilityPenalisesSitesOpeningAfterTheStartDate() {
        Placement early = at(placement("early", 1, 1, 1, null, 0, Set.of(), Set.of(), null, null,
                LocalDate.of(2027, 6, 1), mombasaH100), mombasaH100);
        Placement late = at(placement("late", 1, 1, 1, null, 0, Set.of(), Set.of(), null, null,
                LocalDate.of(2028, 1, 1), mombasaH100), mombasaH100);
        verifier.verifyThat(PlacementConstraints::siteAvailability).given(early, late).penalizesBy(1);
    }

    @Test
    void carbonLimitPenalisesGridsAboveTheLimit() {
        Placement strict = at(placement("strict", 1, 1, 1, null, 0, Set.of(), Set.of(), null, 50.0, null, nairobiH100), nairobiH100);
        Placement lax = at(placement("lax", 1, 1, 1, null, 0, Set.of(), Set.of(), null, 100.0, null, nairobiH100), nairobiH100);
        verifier.verifyThat(PlacementConstraints::carbonLimit).given(strict, lax).penalizesBy(1);
    }

    @Test
    void unplacedPenalisesByPriority() {
        Placement unplaced = placement("u", 1, 1, 1, null, nairobiH100);
        Placement placed = at(placement("p", 1, 1, 1, null, nairobiH100), nairobiH100);
        verifier.verifyThat(PlacementConstraints::unplaced).given(unplaced, placed).penalizesBy(7);
        verifier.verifyThat(PlacementConstraints::unplaced).given(unplaced, placed)
                .justifiesWith(new Unplaced(unplaced.getWorkloadId(), "u", 7));
    }

    @Test
    void softConstraintsPenaliseTheCandidatesPenalties() {
        Placement a = at(placement("a", 1, 1, 1, null, nairobiH100), nairobiH100);
        Placement b = at(placement("b", 1, 1, 1, null, nairobiL4), nairobiL4);
        Placement unplaced = placement("u", 1, 1, 1, null, nairobiH100);
        verifier.verifyThat(PlacementConstraints::cost).given(a, b, unplaced).penalizesBy(200);
        verifier.verifyThat(PlacementConstraints::carbon).given(a, b, unplaced).penalizesBy(40);
        verifier.verifyThat(PlacementConstraints::latency).given(a, b, unplaced).penalizesBy(6);
        verifier.verifyThat(PlacementConstraints::sovereigntyPreference).given(a, b, unplaced).penalizesBy(8);
    }

    @Test
    void aFeasiblePlanHasNoHardPenalty() {
        Placement a = at(placement("a", 5, 100, 120, 10.0, 3, Set.of("KE"), Set.of("H100"), 50.0, 100.0,
                LocalDate.of(2027, 1, 1), nairobiH100), nairobiH100);
        verifier.verifyThat().given(a, nairobiH100, nairobi, ke).scores(
                ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.of(0, 0, -127));
    }
}
