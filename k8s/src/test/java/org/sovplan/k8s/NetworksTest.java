package org.sovplan.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NetworksTest {

    @Test
    void aWiderNetworkHoldsTheNarrowerOnesInside() {
        assertTrue(Networks.contains("10.0.0.0/8", "10.244.0.0/16"));
        assertTrue(Networks.contains("172.16.0.0/12", "172.31.0.0/16"));
        assertTrue(Networks.contains("fc00::/7", "fd00::/8"));
        assertTrue(Networks.contains("10.244.0.0/16", "10.244.0.0/16"));
    }

    @Test
    void anotherOrANarrowerNetworkDoesNot() {
        assertFalse(Networks.contains("172.16.0.0/12", "172.32.0.0/16"));
        assertFalse(Networks.contains("10.244.0.0/16", "10.0.0.0/8"));
        assertFalse(Networks.contains("127.0.0.0/8", "fd00::/8"));
        assertFalse(Networks.contains("::1/128", "fd00::/8"));
        assertFalse(Networks.contains("10.244.1.17", "10.244.0.0/16"));
    }

    @Test
    void aHostNameIsNoNetwork() {
        assertThrows(AssertionError.class, () -> Networks.contains("ingress.local", "10.0.0.0/8"));
    }
}
