package org.sovplan.energy.headroom;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sovplan.energy.supply.PowerSupplyRepository;
import org.sovplan.energy.upgrade.GridUpgrade;
import org.sovplan.energy.upgrade.GridUpgradeRepository;
import org.sovplan.energy.zone.GridZone;

/**
 * Net headroom of a zone for new large loads on a date (docs/api-contracts.md):
 * {@code headroomMw = baseHeadroomMw + Σ addedMw(upgrades with expectedOnline <= asOf, not CANCELLED)
 * − Σ contractedMw(power supplies in the zone)}. Contracts count whatever their date: a contract
 * reserves grid capacity from the day it is signed.
 */
@ApplicationScoped
public class HeadroomService {

    private final GridUpgradeRepository upgrades;
    private final PowerSupplyRepository supplies;

    public HeadroomService(GridUpgradeRepository upgrades, PowerSupplyRepository supplies) {
        this.upgrades = upgrades;
        this.supplies = supplies;
    }

    public HeadroomDto headroom(GridZone zone, LocalDate asOf) {
        List<GridUpgrade> online = upgrades.onlineBy(zone.code, asOf);
        double upgradesMw = online.stream().mapToDouble(u -> u.addedMw).sum();
        double contractedMw = supplies.contractedMw(zone.code);
        double headroomMw = zone.headroomMw + upgradesMw - contractedMw;
        return new HeadroomDto(zone.code, asOf, zone.headroomMw, round(upgradesMw), round(contractedMw),
                round(headroomMw), online.stream().map(u -> new HeadroomDto.CountedUpgrade(u.id, u.name, u.addedMw,
                        u.renewableMw, u.expectedOnline, u.status)).toList());
    }

    /** Sums of doubles drift in the last bits (0.1 + 0.2); six decimals of a MW is a watt. */
    private static double round(double mw) {
        return Math.round(mw * 1e6) / 1e6;
    }
}
