package org.sovplan.k8s;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads manifests into the typed fabric8 Kubernetes model and treats every field the model does not
 * know as an error. The fabric8 classes keep unknown fields in an "additionalProperties" map (a Jackson
 * any-setter); this mapper removes that escape hatch, so a typo such as {@code readinesProbe} fails
 * instead of being silently dropped by the API server's pruning later. Custom resources (CloudNativePG,
 * Prometheus operator) have no typed model here: they become {@link GenericKubernetesResource}s with a
 * strictly typed {@code metadata}, and {@link CustomResources} checks their fields.
 */
final class StrictModel {

    /** The kinds SovPlan's manifests may contain, by apiVersion and kind. */
    static final Map<String, Class<? extends HasMetadata>> TYPED = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .registerModule(new SimpleModule("strict-fabric8").setDeserializerModifier(new NoAnySetter()));

    private StrictModel() {
    }

    /** The documents of a multi-document YAML stream, skipping empty ones. */
    static List<JsonNode> documents(String yaml) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            List<JsonNode> docs = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new AssertionError("not valid YAML: " + e.getMessage(), e);
        }
    }

    /**
     * The typed object for one document: a fabric8 model class for the kinds in {@link #TYPED}, a
     * {@link GenericKubernetesResource} for the custom resources in {@link CustomResources#KNOWN}.
     * Anything else, and any field the model does not know, is an {@link AssertionError}.
     */
    static HasMetadata read(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asText("");
        String kind = doc.path("kind").asText("");
        String key = apiVersion + "/" + kind;
        String name = doc.path("metadata").path("name").asText("?");
        Class<? extends HasMetadata> type = TYPED.get(key);
        if (type == null && CustomResources.KNOWN.contains(key)) {
            type = GenericKubernetesResource.class;
        }
        if (type == null) {
            throw new AssertionError(key + " " + name + " is not a kind SovPlan's manifests use; "
                    + "add it to StrictModel.TYPED (typed) or CustomResources.KNOWN (checked by hand)");
        }
        try {
            return STRICT.treeToValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(key + " " + name + " does not match the Kubernetes model: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads an embedded core type (e.g. resources inside a custom resource) with the same strictness. */
    static <T> T readTyped(JsonNode node, Class<T> type) {
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Removes the any-setter of fabric8's model classes so that unknown fields fail. */
    private static final class NoAnySetter extends BeanDeserializerModifier {
        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                BeanDeserializerBuilder builder) {
            Class<?> type = description.getBeanClass();
            boolean genericResource = GenericKubernetesResource.class.isAssignableFrom(type);
            if (type.getName().startsWith("io.fabric8.") && !genericResource) {
                builder.setAnySetter(null);
                builder.setIgnoreUnknownProperties(false);
            }
            return builder;
        }
    }
}
