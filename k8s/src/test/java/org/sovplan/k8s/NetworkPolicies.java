package org.sovplan.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates the NetworkPolicies of a rendered overlay the way the API defines them: a pod selected by
 * no policy of a direction is open in that direction; a selected pod accepts only what some rule of a
 * selecting policy allows; a connection needs both the source's egress and the destination's ingress.
 * Policies of other namespaces are not part of SovPlan and are taken as open.
 */
final class NetworkPolicies {

    /** A pod (with labels and named ports) or an address outside the cluster (labels null). */
    record Endpoint(String description, String namespace, Map<String, String> namespaceLabels,
            Map<String, String> podLabels, String ip, Map<String, Integer> namedPorts) {

        static Endpoint pod(String description, String namespace, Map<String, String> podLabels, String ip) {
            return new Endpoint(description, namespace, Map.of("kubernetes.io/metadata.name", namespace), podLabels,
                    ip, Map.of());
        }

        static Endpoint external(String description, String ip) {
            return new Endpoint(description, null, Map.of(), null, ip, Map.of());
        }

        boolean isPod() {
            return podLabels != null;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private final String namespace;
    private final List<NetworkPolicy> policies;
    private final Map<String, Endpoint> pods = new HashMap<>();

    NetworkPolicies(Overlay overlay) {
        this.namespace = overlay.namespace();
        this.policies = overlay.all(NetworkPolicy.class);
        Map<String, String> namespaceLabels = new HashMap<>(Map.of("kubernetes.io/metadata.name", namespace));
        overlay.find(Namespace.class, namespace).ifPresent(n -> {
            if (n.getMetadata().getLabels() != null) {
                namespaceLabels.putAll(n.getMetadata().getLabels());
            }
        });
        int host = 10;
        for (Workload workload : overlay.workloads()) {
            Map<String, Integer> ports = new HashMap<>();
            for (Container container : workload.containers()) {
                if (container.getPorts() != null) {
                    for (ContainerPort port : container.getPorts()) {
                        if (port.getName() != null) {
                            ports.put(port.getName(), port.getContainerPort());
                        }
                    }
                }
            }
            pods.put(workload.name(), new Endpoint(workload.describe(), namespace, namespaceLabels,
                    workload.podLabels(), "10.244.0." + host++, ports));
        }
        // CloudNativePG instance pods: the operator labels them cnpg.io/cluster and adds inheritedMetadata.
        for (GenericKubernetesResource cluster : overlay.custom(CustomResources.CNPG_CLUSTER)) {
            Map<String, String> labels = new HashMap<>(CustomResources.inheritedLabels(cluster));
            labels.put("cnpg.io/cluster", cluster.getMetadata().getName());
            labels.put("cnpg.io/podRole", "instance");
            pods.put(cluster.getMetadata().getName(), new Endpoint("CNPG Cluster " + cluster.getMetadata().getName(),
                    namespace, namespaceLabels, labels, "10.244.0." + host++,
                    Map.of("postgresql", 5432, "status", 8000, "metrics", 9187)));
        }
    }

    /** The pod of a workload (Deployment/StatefulSet name) or CloudNativePG Cluster of the overlay. */
    Endpoint pod(String name) {
        Endpoint pod = pods.get(name);
        if (pod == null) {
            throw new AssertionError("no workload or CNPG Cluster named " + name + " in the overlay");
        }
        return pod;
    }

    List<Endpoint> pods() {
        return new ArrayList<>(pods.values());
    }

    /** Every policy selects at least one pod of the overlay (a selector with a typo selects none). */
    List<String> policiesSelectingNothing() {
        return policies.stream()
                .filter(p -> pods.values().stream().noneMatch(pod -> Labels.matches(p.getSpec().getPodSelector(),
                        pod.podLabels())))
                .map(p -> p.getMetadata().getName()).toList();
    }

    /** Same-namespace pod selectors in rules that match no pod of the overlay. */
    List<String> peersMatchingNothing() {
        List<String> dangling = new ArrayList<>();
        for (NetworkPolicy policy : policies) {
            List<NetworkPolicyPeer> peers = new ArrayList<>();
            if (policy.getSpec().getIngress() != null) {
                policy.getSpec().getIngress().forEach(r -> peers.addAll(nullSafe(r.getFrom())));
            }
            if (policy.getSpec().getEgress() != null) {
                policy.getSpec().getEgress().forEach(r -> peers.addAll(nullSafe(r.getTo())));
            }
            for (NetworkPolicyPeer peer : peers) {
                if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null
                        && pods.values().stream().noneMatch(pod -> Labels.matches(peer.getPodSelector(), pod.podLabels()))) {
                    dangling.add(policy.getMetadata().getName() + " -> " + peer.getPodSelector());
                }
            }
        }
        return dangling;
    }

    /** Whether a TCP or UDP connection from one endpoint to a port of another is allowed. */
    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return egressAllowed(from, to, port, protocol) && ingressAllowed(from, to, port, protocol);
    }

    boolean allowsTcp(Endpoint from, Endpoint to, int port) {
        return allows(from, to, port, "TCP");
    }

    private boolean egressAllowed(Endpoint from, Endpoint to, int port, String protocol) {
        if (!from.isPod() || !namespace.equals(from.namespace())) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> nullSafe(p.getSpec().getEgress()).stream()
                .map(rule -> new Rule(nullSafe(rule.getTo()), nullSafe(rule.getPorts()))))
                .anyMatch(rule -> rule.allows(to, port, protocol, namespace));
    }

    private boolean ingressAllowed(Endpoint from, Endpoint to, int port, String protocol) {
        if (!to.isPod() || !namespace.equals(to.namespace())) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().flatMap(p -> nullSafe(p.getSpec().getIngress()).stream()
                .map(rule -> new Rule(nullSafe(rule.getFrom()), nullSafe(rule.getPorts()))))
                .anyMatch(rule -> rule.peerMatches(from, namespace) && rule.portMatches(to, port, protocol));
    }

    private List<NetworkPolicy> selecting(Endpoint pod, String direction) {
        return policies.stream()
                .filter(p -> policyTypes(p).contains(direction))
                .filter(p -> Labels.matches(p.getSpec().getPodSelector(), pod.podLabels()))
                .toList();
    }

    /** policyTypes, defaulted as the API server does: Ingress always, Egress when egress rules exist. */
    private static List<String> policyTypes(NetworkPolicy policy) {
        if (policy.getSpec().getPolicyTypes() != null && !policy.getSpec().getPolicyTypes().isEmpty()) {
            return policy.getSpec().getPolicyTypes();
        }
        return policy.getSpec().getEgress() == null ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private record Rule(List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {

        boolean allows(Endpoint to, int port, String protocol, String policyNamespace) {
            return peerMatches(to, policyNamespace) && portMatches(to, port, protocol);
        }

        boolean peerMatches(Endpoint other, String policyNamespace) {
            if (peers.isEmpty()) {
                return true;
            }
            return peers.stream().anyMatch(peer -> matches(peer, other, policyNamespace));
        }

        private static boolean matches(NetworkPolicyPeer peer, Endpoint other, String policyNamespace) {
            if (peer.getIpBlock() != null) {
                return inBlock(peer.getIpBlock(), other.ip());
            }
            if (!other.isPod()) {
                return false;
            }
            if (peer.getNamespaceSelector() != null) {
                return Labels.matches(peer.getNamespaceSelector(), other.namespaceLabels())
                        && (peer.getPodSelector() == null || Labels.matches(peer.getPodSelector(), other.podLabels()));
            }
            return policyNamespace.equals(other.namespace())
                    && Labels.matches(peer.getPodSelector(), other.podLabels());
        }

        boolean portMatches(Endpoint destination, int port, String protocol) {
            if (ports.isEmpty()) {
                return true;
            }
            for (NetworkPolicyPort allowed : ports) {
                String allowedProtocol = allowed.getProtocol() == null ? "TCP" : allowed.getProtocol();
                if (!allowedProtocol.equals(protocol)) {
                    continue;
                }
                IntOrString value = allowed.getPort();
                if (value == null) {
                    return true;
                }
                Integer from = value.getIntVal() != null ? value.getIntVal()
                        : destination.namedPorts().get(value.getStrVal());
                if (from == null) {
                    continue;
                }
                int to = allowed.getEndPort() != null ? allowed.getEndPort() : from;
                if (port >= from && port <= to) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean inBlock(IPBlock block, String ip) {
        if (ip == null || !contains(block.getCidr(), ip)) {
            return false;
        }
        return block.getExcept() == null || block.getExcept().stream().noneMatch(except -> contains(except, ip));
    }

    /** IPv4 CIDR containment. */
    static boolean contains(String cidr, String ip) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (toLong(parts[0]) & mask) == (toLong(ip) & mask);
    }

    private static long toLong(String ip) {
        long value = 0;
        for (String octet : ip.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
