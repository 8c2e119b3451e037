package org.sovplan.placement.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.sizing.AcceleratorClass;
import org.sovplan.placement.sizing.AcceleratorSpec;
import org.sovplan.placement.workload.WorkloadType;
import org.sovplan.placement.solver.Justifications.Overrun;
import org.sovplan.placement.solver.Justifications.Unplaced;

/** One ConstraintVerifier test per constraint: what it penalises, by how much, and what it leaves alone. */
class PlacementConstraintsTest {

    private final ConstraintVerifier<PlacementConstraints, PlacementSolution> verifier = ConstraintVerifier
            .build(new PlacementConstraints(), PlacementSolution.class, Placement.class);

    private static final AcceleratorSpec H100 = new AcceleratorSpec("H100", 80.0, 3.35, 700.0, 989.0, 1979.0, 30000.0,
            AcceleratorClass.TRAINING, true);
    private static final AcceleratorSpec L4 = new AcceleratorSpec("L4", 24.0, 0.3, 72.0, 121.0, 242.0, 2500.0,
            AcceleratorClass.INFERENCE, true);
    private static final AcceleratorSpec JETSON = new AcceleratorSpec("JETSON", 64.0, 0.2, 60.0, 42.5, null, 1600.0,
            AcceleratorClass.EDGE, true);

    private final GridZone ke = new GridZone("KE", 1_000, 70, 150, true);
    private final GridZone unknown = new GridZone("XX", 0, 0, 0, false);
    private final Site nairobi = new Site(UUID.randomUUID(), "Nairobi", "KE", "KE", 3, "COLOCATION", "OPERATIONAL", null,
            500, 1.2, ke, -1.29, 36.82);
    private final Site mombasa = new Site(UUID.randomUUID(), "Mombasa", "KE", "KE", 1, "COLOCATION", "OPERATIONAL",
            LocalDate.of(2028, 1, 1), 400, 1.4, ke, -4.04, 39.67);
    private final Site closed = new Site(UUID.randomUUID(), "Closed", "KE", "KE", 3, "ENTERPRISE", "DECOMMISSIONED", null,
            500, 2.0, ke, -1.29, 36.82);
    private final Site nowhere = new Site(UUID.randomUUID(), "Nowhere", "KE", "KE", 3, "COLOCATION", "OPERATIONAL", null,
            500, 1.2, unknown, -1.29, 36.82);
    private final Pool nairobiH100 = new Pool(nairobi, "H100", H100, 10);
    private final Pool nairobiL4 = new Pool(nairobi, "L4", L4, 100);
    private final Pool nairobiJetson = new Pool(nairobi, "JETSON", JETSON, 100);
    private final Pool nairobiUnlisted = new Pool(nairobi, "MYSTERY", null, 100);
    private final Pool mombasaH100 = new Pool(mombasa, "H100", H100, 10);
    private final Pool closedH100 = new Pool(closed, "H100", H100, 10);
    private final Pool nowhereH100 = new Pool(nowhere, "H100", H100, 10);

    /** Rules of an inference workload whose replica needs 10 GB. */
    private static WorkloadFacts facts(int seal, Set<String> jurisdictions, Set<String> models, Double maxLatency,
            Double maxCarbon, LocalDate neededBy) {
        return new WorkloadFacts(WorkloadType.LLM_INFERENCE, seal, jurisdictions, models, maxLatency, maxCarbon,
                neededBy, 10.0, false);
    }

    /** A placement with one candidate per pool given; gpus and watts as stated, penalties 100/20/3/4. */
    private Placement placement(String name, int gpus, long itWatts, long gridWatts, Double latencyMs, Pool... pools) {
        return placement(name, gpus, itWatts, gridWatts, latencyMs, 0, Set.of(), Set.of(), null, null, null, pools);
    }

    private Placement placement(String name, int gpus, long itWatts, long gridWatts, Double latencyMs, int seal,
            Set<String> jurisdictions, Set<String> models, Double maxLatency, Double maxCarbon, LocalDate neededBy,
            Pool... pools) {
        return placement(name, gpus, itWatts, gridWatts, latencyMs,
                facts(seal, jurisdictions, models, maxLatency, maxCarbon, neededBy), pools);
    }

    private Placement placement(String name, int gpus, long itWatts, long gridWatts, Double latencyMs,
            WorkloadFacts facts, Pool... pools) {
        List<Candidate> candidates = java.util.Arrays.stream(pools)
                .map(p -> new Candidate(p, gpus, itWatts, gridWatts, latencyMs, false, 8760, 1, 1, 1, 100, 20, 3, 4))
                .toList();
        return new Placement(UUID.nameUUIDFromBytes(name.getBytes()), name, 7, facts, candidates);
    }

    /** The hard constraint of one placement rule, as the provider defines it. */
    private static java.util.function.BiFunction<PlacementConstraints, ai.timefold.solver.core.api.score.stream.ConstraintFactory,
            ai.timefold.solver.core.api.score.stream.Constraint> rule(PlacementRule rule) {
        return (provider, factory) -> provider.placementRule(factory, rule);
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
        verifier.verifyThat(rule(PlacementRule.SOVEREIGNTY)).given(low, ok).penalizesBy(1);
    }

    @Test
    void jurisdictionPenalisesSitesOutsideTheAllowedOnes() {
        Placement et = at(placement("et", 1, 1, 1, null, 0, Set.of("ET"), Set.of(), null, null, null, nairobiH100), nairobiH100);
        Placement any = at(placement("any", 1, 1, 1, null, nairobiH100), nairobiH100);
        Placement ke = at(placement("ke", 1, 1, 1, null, 0, Set.of("KE", "ET"), Set.of(), null, null, null, nairobiH100), nairobiH100);
        verifier.verifyThat(rule(PlacementRule.JURISDICTION)).given(et, any, ke).penalizesBy(1);
    }

    @Test
    void acceleratorModelPenalisesModelsNotAllowed() {
        Placement l4Only = at(placement("l4", 1, 1, 1, null, 0, Set.of(), Set.of("L4"), null, null, null, nairobiH100), nairobiH100);
        Placement l4Ok = at(placement("l4ok", 1, 1, 1, null, 0, Set.of(), Set.of("L4"), null, null, null, nairobiL4), nairobiL4);
        verifier.verifyThat(rule(PlacementRule.MODEL)).given(l4Only, l4Ok).penalizesBy(1);
    }

    @Test
    void latencyBoundPenalisesOptionsFartherThanAllowed() {
        Placement far = at(placement("far", 1, 1, 1, 80.0, 0, Set.of(), Set.of(), 50.0, null, null, nairobiH100), nairobiH100);
        Placement near = at(placement("near", 1, 1, 1, 20.0, 0, Set.of(), Set.of(), 50.0, null, null, nairobiH100), nairobiH100);
        Placement unbounded = at(placement("free", 1, 1, 1, 80.0, nairobiH100), nairobiH100);
        verifier.verifyThat(rule(PlacementRule.LATENCY)).given(far, near, unbounded).penalizesBy(1);
    }

    @Test
    void siteAvailabilityPenalisesSitesOpeningAfterTheStartDate() {
        Placement early = at(placement("early", 1, 1, 1, null, 0, Set.of(), Set.of(), null, null,
                LocalDate.of(2027, 6, 1), mombasaH100), mombasaH100);
        Placement late = at(placement("late", 1, 1, 1, null, 0, Set.of(), Set.of(), null, null,
                LocalDate.of(2028, 1, 1), mombasaH100), mombasaH100);
        verifier.verifyThat(rule(PlacementRule.AVAILABILITY)).given(early, late).penalizesBy(1);
    }

    @Test
    void carbonLimitPenalisesGridsAboveTheLimit() {
        Placement strict = at(placement("strict", 1, 1, 1, null, 0, Set.of(), Set.of(), null, 50.0, null, nairobiH100), nairobiH100);
        Placement lax = at(placement("lax", 1, 1, 1, null, 0, Set.of(), Set.of(), null, 100.0, null, nairobiH100), nairobiH100);
        verifier.verifyThat(rule(PlacementRule.CARBON)).given(strict, lax).penalizesBy(1);
    }

    @Test
    void latencyBoundLeavesTrainingAloneEvenWithABound() {
        // a training run has no users waiting: the bound applies to serving only, in the filter and here alike
        WorkloadFacts training = new WorkloadFacts(WorkloadType.TRAINING, 0, Set.of(), Set.of(), 50.0, null, null, null,
                true);
        Placement run = at(placement("run", 1, 1, 1, null, training, nairobiH100), nairobiH100);
        verifier.verifyThat(rule(PlacementRule.LATENCY)).given(run).hasNoImpact();
        verifier.verifyThat(rule(PlacementRule.USERS_REGION_UNKNOWN)).given(run).hasNoImpact();
    }

    @Test
    void usersRegionUnknownPenalisesABoundWithoutALatency() {
        Placement blind = at(placement("blind", 1, 1, 1, null, 0, Set.of(), Set.of(), 50.0, null, null, nairobiH100),
                nairobiH100);
        Placement seen = at(placement("seen", 1, 1, 1, 20.0, 0, Set.of(), Set.of(), 50.0, null, null, nairobiH100),
                nairobiH100);
        verifier.verifyThat(rule(PlacementRule.USERS_REGION_UNKNOWN)).given(blind, seen).penalizesBy(1);
    }

    @Test
    void siteDecommissionedPenalisesClosedSites() {
        Placement gone = at(placement("gone", 1, 1, 1, null, closedH100), closedH100);
        Placement open = at(placement("open", 1, 1, 1, null, nairobiH100), nairobiH100);
        verifier.verifyThat(rule(PlacementRule.SITE_DECOMMISSIONED)).given(gone, open).penalizesBy(1);
    }

    @Test
    void zoneUnknownPenalisesSitesInZonesEnergyServiceDoesNotKnow() {
        Placement lost = at(placement("lost", 1, 1, 1, null, nowhereH100), nowhereH100);
        Placement known = at(placement("known", 1, 1, 1, null, nairobiH100), nairobiH100);
        verifier.verifyThat(rule(PlacementRule.ZONE_UNKNOWN)).given(lost, known).penalizesBy(1);
    }

    @Test
    void modelUnknownPenalisesPoolsOutsideTheCatalogue() {
        Placement odd = at(placement("odd", 1, 1, 1, null, nairobiUnlisted), nairobiUnlisted);
        Placement listed = at(placement("listed", 1, 1, 1, null, nairobiL4), nairobiL4);
        verifier.verifyThat(rule(PlacementRule.MODEL_UNKNOWN)).given(odd, listed).penalizesBy(1);
    }

    @Test
    void acceleratorClassKeepsEdgeModulesFromTrainingAndTrainingOnTrainingParts() {
        WorkloadFacts big = new WorkloadFacts(WorkloadType.TRAINING, 0, Set.of(), Set.of(), null, null, null, null, true);
        WorkloadFacts small = new WorkloadFacts(WorkloadType.FINE_TUNING, 0, Set.of(), Set.of(), null, null, null, null,
                false);
        Placement bigOnEdge = at(placement("big-edge", 1, 1, 1, null, big, nairobiJetson), nairobiJetson);
        Placement bigOnCard = at(placement("big-card", 1, 1, 1, null, big, nairobiL4), nairobiL4);
        Placement bigOnH100 = at(placement("big-h100", 1, 1, 1, null, big, nairobiH100), nairobiH100);
        Placement smallOnEdge = at(placement("small-edge", 1, 1, 1, null, small, nairobiJetson), nairobiJetson);
        Placement smallOnCard = at(placement("small-card", 1, 1, 1, null, small, nairobiL4), nairobiL4);
        verifier.verifyThat(rule(PlacementRule.ACCELERATOR_CLASS))
                .given(bigOnEdge, bigOnCard, bigOnH100, smallOnEdge, smallOnCard).penalizesBy(3);
    }

    @Test
    void acceleratorClassLetsEdgeModulesServeOnlySmallEdgeModels() {
        WorkloadFacts fits = new WorkloadFacts(WorkloadType.EDGE_INFERENCE, 0, Set.of(), Set.of(), null, null, null, 1.2,
                false);
        WorkloadFacts tooBig = new WorkloadFacts(WorkloadType.SLM_INFERENCE, 0, Set.of(), Set.of(), null, null, null,
                80.0, false);
        WorkloadFacts llm = new WorkloadFacts(WorkloadType.LLM_INFERENCE, 0, Set.of(), Set.of(), null, null, null, 9.6,
                false);
        Placement a = at(placement("fits", 1, 1, 1, null, fits, nairobiJetson), nairobiJetson);
        Placement b = at(placement("too-big", 1, 1, 1, null, tooBig, nairobiJetson), nairobiJetson);
        Placement c = at(placement("llm", 1, 1, 1, null, llm, nairobiJetson), nairobiJetson);
        Placement d = at(placement("llm-card", 1, 1, 1, null, llm, nairobiL4), nairobiL4);
        verifier.verifyThat(rule(PlacementRule.ACCELERATOR_CLASS)).given(a, b, c, d).penalizesBy(2);
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
        // every hard rule, static and capacity, passes: only the soft penalties count
        verifier.verifyThat().given(a, nairobiH100, nairobi, ke).scores(
                ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.of(0, 0, -127));
    }
}
