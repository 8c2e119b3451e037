package org.sovplan.system.contract;

/**
 * Ids and codes of resources that exist on the stack (created by the suite before it generates requests), so
 * that valid requests reach real resources instead of stopping at 404.
 */
public record KnownIds(String county, String zone, String model, String siteId, String workloadId, String planId,
        String reservationId, String upgradeId, String supplyId, String scenarioId, String runId) {

    /** The value of path parameter {@code name} in an operation under {@code collection}. */
    String pathValue(String collection, String name) {
        return switch (name) {
            case "siteId" -> siteId;
            case "modelCode" -> model;
            case "runId" -> runId;
            case "code" -> switch (collection) {
                case "regions" -> county;
                case "grid-zones" -> zone;
                default -> model;
            };
            default -> switch (collection) {
                case "sites" -> siteId;
                case "workloads" -> workloadId;
                case "plans" -> planId;
                case "reservations" -> reservationId;
                case "grid-upgrades" -> upgradeId;
                case "power-supplies" -> supplyId;
                default -> scenarioId;
            };
        };
    }

    /** A value that names an existing resource for a query parameter or body field {@code name}, or null. */
    String fieldValue(String name) {
        return switch (name) {
            case "siteId" -> siteId;
            case "zoneCode", "gridZoneCode" -> zone;
            case "regionCode", "parentCode", "countryCode", "jurisdiction", "operatorHqCountry" -> "KE";
            case "userRegionCode" -> county;
            case "modelCode", "acceleratorModel" -> model;
            case "ids" -> scenarioId;
            case "runs" -> runId;
            case "reference" -> "contract-suite";
            default -> null;
        };
    }
}
