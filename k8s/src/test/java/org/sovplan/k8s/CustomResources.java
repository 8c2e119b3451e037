package org.sovplan.k8s;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * Checks the custom resources that have no typed model on the classpath: CloudNativePG {@code Cluster}
 * and Prometheus operator {@code ServiceMonitor}. Unknown fields are errors here too (the allowed names
 * are those of the operators' published API references), required fields must be present, and embedded
 * core types (resources, label selectors) are read strictly through {@link StrictModel}'s rules.
 */
final class CustomResources {

    static final String CNPG_CLUSTER = "postgresql.cnpg.io/v1/Cluster";
    static final String SERVICE_MONITOR = "monitoring.coreos.com/v1/ServiceMonitor";
    static final Set<String> KNOWN = Set.of(CNPG_CLUSTER, SERVICE_MONITOR);

    /** CloudNativePG 1.25+ ClusterSpec fields. */
    private static final Set<String> CLUSTER_SPEC = Set.of("description", "inheritedMetadata", "imageName",
            "imageCatalogRef", "imagePullPolicy", "schedulerName", "postgresUID", "postgresGID", "instances",
            "minSyncReplicas", "maxSyncReplicas", "postgresql", "replicationSlots", "bootstrap", "replica",
            "superuserSecret", "enableSuperuserAccess", "certificates", "imagePullSecrets", "storage",
            "serviceAccountTemplate", "walStorage", "ephemeralVolumeSource", "startDelay", "stopDelay",
            "smartShutdownTimeout", "switchoverDelay", "failoverDelay", "livenessProbeTimeout", "affinity",
            "topologySpreadConstraints", "resources", "ephemeralVolumesSizeLimit", "priorityClassName",
            "primaryUpdateStrategy", "primaryUpdateMethod", "backup", "nodeMaintenanceWindow", "monitoring",
            "externalClusters", "logLevel", "projectedVolumeTemplate", "env", "envFrom", "managed",
            "seccompProfile", "tablespaces", "enablePDB", "plugins", "probes", "podSecurityContext",
            "securityContext");
    private static final Set<String> BOOTSTRAP = Set.of("initdb", "recovery", "pg_basebackup");
    private static final Set<String> INITDB = Set.of("database", "owner", "secret", "options", "dataChecksums",
            "encoding", "localeCollate", "localeCType", "locale", "localeProvider", "icuLocale", "icuRules",
            "builtinLocale", "walSegmentSize", "postInitSQL", "postInitApplicationSQL", "postInitTemplateSQL",
            "import", "postInitApplicationSQLRefs", "postInitTemplateSQLRefs", "postInitSQLRefs");
    private static final Set<String> STORAGE = Set.of("storageClass", "size", "resizeInUseVolumes", "pvcTemplate");
    private static final Set<String> AFFINITY = Set.of("enablePodAntiAffinity", "topologyKey", "nodeSelector",
            "nodeAffinity", "tolerations", "podAntiAffinityType", "additionalPodAntiAffinity",
            "additionalPodAffinity");
    private static final Set<String> INHERITED_METADATA = Set.of("labels", "annotations");

    /** Prometheus operator monitoring.coreos.com/v1 ServiceMonitorSpec and Endpoint fields. */
    private static final Set<String> SERVICE_MONITOR_SPEC = Set.of("jobLabel", "targetLabels", "podTargetLabels",
            "endpoints", "selector", "selectorMechanism", "namespaceSelector", "sampleLimit", "scrapeProtocols",
            "fallbackScrapeProtocol", "targetLimit", "labelLimit", "labelNameLengthLimit", "labelValueLengthLimit",
            "scrapeClassicHistograms", "nativeHistogramBucketLimit", "nativeHistogramMinBucketFactor",
            "convertClassicHistogramsToNHCB", "keepDroppedTargets", "attachMetadata", "scrapeClass",
            "bodySizeLimit", "serviceDiscoveryRole");
    private static final Set<String> ENDPOINT = Set.of("port", "targetPort", "path", "scheme", "params", "interval",
            "scrapeTimeout", "tlsConfig", "bearerTokenFile", "bearerTokenSecret", "authorization", "honorLabels",
            "honorTimestamps", "trackTimestampsStaleness", "basicAuth", "oauth2", "metricRelabelings",
            "relabelings", "proxyUrl", "followRedirects", "enableHttp2", "filterRunning", "noProxy",
            "proxyFromEnvironment", "proxyConnectHeader");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CustomResources() {
    }

    /** The spec of a custom resource as a JSON tree. */
    static JsonNode spec(GenericKubernetesResource resource) {
        return JSON.valueToTree(resource.getAdditionalProperties()).path("spec");
    }

    /** Problems found in one custom resource; empty when it is valid. */
    static List<String> problems(GenericKubernetesResource resource) {
        String key = resource.getApiVersion() + "/" + resource.getKind();
        String where = key + " " + resource.getMetadata().getName();
        List<String> problems = new ArrayList<>();
        Set<String> topLevel = resource.getAdditionalProperties().keySet();
        for (String field : topLevel) {
            if (!field.equals("spec")) {
                problems.add(where + ": unknown top-level field " + field);
            }
        }
        JsonNode spec = spec(resource);
        if (!spec.isObject()) {
            problems.add(where + ": spec is missing");
            return problems;
        }
        switch (key) {
            case CNPG_CLUSTER -> checkCluster(where, spec, problems);
            case SERVICE_MONITOR -> checkServiceMonitor(where, spec, problems);
            default -> problems.add(where + ": no checks for this kind");
        }
        return problems;
    }

    private static void checkCluster(String where, JsonNode spec, List<String> problems) {
        onlyKnown(where + " spec", spec, CLUSTER_SPEC, problems);
        if (!spec.path("instances").canConvertToInt() || spec.path("instances").asInt() < 1) {
            problems.add(where + ": spec.instances must be a positive integer");
        }
        JsonNode storage = spec.path("storage");
        onlyKnown(where + " spec.storage", storage, STORAGE, problems);
        if (!storage.path("size").isTextual() && !storage.has("pvcTemplate")) {
            problems.add(where + ": spec.storage.size (or pvcTemplate) is required");
        }
        JsonNode bootstrap = spec.path("bootstrap");
        onlyKnown(where + " spec.bootstrap", bootstrap, BOOTSTRAP, problems);
        if (bootstrap.size() != 1) {
            problems.add(where + ": spec.bootstrap needs exactly one of " + BOOTSTRAP);
        }
        JsonNode initdb = bootstrap.path("initdb");
        if (initdb.isObject()) {
            onlyKnown(where + " spec.bootstrap.initdb", initdb, INITDB, problems);
            if (!initdb.path("database").isTextual() || !initdb.path("owner").isTextual()) {
                problems.add(where + ": spec.bootstrap.initdb needs database and owner");
            }
        }
        onlyKnown(where + " spec.affinity", spec.path("affinity"), AFFINITY, problems);
        JsonNode inherited = spec.path("inheritedMetadata");
        onlyKnown(where + " spec.inheritedMetadata", inherited, INHERITED_METADATA, problems);
        for (String part : List.of("labels", "annotations")) {
            inherited.path(part).fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual()) {
                    problems.add(where + ": spec.inheritedMetadata." + part + "." + e.getKey() + " must be a string");
                }
            });
        }
        typed(where + " spec.resources", spec.path("resources"), ResourceRequirements.class, problems);
    }

    private static void checkServiceMonitor(String where, JsonNode spec, List<String> problems) {
        onlyKnown(where + " spec", spec, SERVICE_MONITOR_SPEC, problems);
        if (!spec.path("selector").isObject()) {
            problems.add(where + ": spec.selector is required");
        }
        typed(where + " spec.selector", spec.path("selector"), LabelSelector.class, problems);
        JsonNode endpoints = spec.path("endpoints");
        if (!endpoints.isArray() || endpoints.isEmpty()) {
            problems.add(where + ": spec.endpoints needs at least one endpoint");
        }
        for (JsonNode endpoint : endpoints) {
            onlyKnown(where + " spec.endpoints[]", endpoint, ENDPOINT, problems);
            if (!endpoint.has("port") && !endpoint.has("targetPort")) {
                problems.add(where + ": every endpoint needs port (a Service port name) or targetPort");
            }
        }
    }

    private static void onlyKnown(String where, JsonNode node, Set<String> allowed, List<String> problems) {
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            problems.add(where + " must be an object");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!allowed.contains(field)) {
                problems.add(where + ": unknown field " + field);
            }
        }
    }

    private static void typed(String where, JsonNode node, Class<?> type, List<String> problems) {
        if (node.isMissingNode()) {
            return;
        }
        try {
            StrictModel.readTyped(node, type);
        } catch (AssertionError e) {
            problems.add(where + ": " + e.getMessage());
        }
    }

    /** Used by tests that need a custom resource's labels, e.g. CloudNativePG's inherited pod labels. */
    static Map<String, String> inheritedLabels(GenericKubernetesResource cluster) {
        Map<String, String> labels = new java.util.TreeMap<>();
        spec(cluster).path("inheritedMetadata").path("labels").fields()
                .forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }
}
