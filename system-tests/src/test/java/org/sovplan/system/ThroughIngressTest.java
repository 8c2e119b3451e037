package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as the Kubernetes ingress (ingress-nginx) hands them to the gateway: {@code Host} and
 * {@code X-Forwarded-Host} the ingress host of {@code k8s/base/gateway/ingress.yaml}, {@code X-Forwarded-Proto:
 * https} (TLS ends at the ingress), {@code X-Forwarded-For} the client's address in the cluster network. Every
 * {@code Location} of a create, in all three services, and every absolute URL in those answers names
 * {@code https://<ingress host>/...}, never a service's or the gateway's own address and port.
 */
@ExtendWith(StackExtension.class)
class ThroughIngressTest {

    private static final Path INGRESS = Path.of(System.getProperty("sovplan.root", ".."), "k8s", "base", "gateway",
            "ingress.yaml");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s\"]+");

    private static Api api;
    private static String host;

    @BeforeAll
    static void connect(Stack stack) {
        api = new Api(stack);
        host = ingressHost();
    }

    /** The host the ingress serves, as its manifest names it. */
    private static String ingressHost() {
        try {
            JsonNode ingress = new ObjectMapper(new YAMLFactory()).readTree(INGRESS.toFile());
            String name = ingress.path("spec").path("rules").path(0).path("host").asText("");
            assertTrue(!name.isBlank(), "no host in " + INGRESS);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestSpecification viaIngress(String user) {
        return api.as(user).header("Host", host).header("X-Forwarded-Host", host)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                .header("X-Forwarded-For", "10.244.1.17");
    }

    @Test
    void locationsAndLinksNameTheIngressHost() {
        String prefix = "https://" + host + "/";
        List<String> seen = new ArrayList<>();
        List<String> wrong = new ArrayList<>();

        String zone = "KE-ING" + Fixtures.suffix().substring(0, 4).toUpperCase().replaceAll("[^A-Z0-9]", "Q");
        viaIngress("ada").body(Fixtures.kenya()).post("/api/v1/regions");
        Response zoneAnswer = viaIngress("ada").body(Fixtures.gridZone(zone, "KE")).post("/api/v1/grid-zones");
        collect("grid zone", zoneAnswer, 201, prefix, seen, wrong);

        Response siteAnswer = viaIngress("ada")
                .body(Fixtures.site("Ingress site " + Fixtures.suffix(), "KE", zone, Map.of("NVIDIA_H100_SXM", 8)))
                .post("/api/v1/sites");
        collect("site", siteAnswer, 201, prefix, seen, wrong);
        String siteId = siteAnswer.path("id");

        Map<String, Object> workload = new HashMap<>();
        workload.put("name", "Ingress inference " + Fixtures.suffix());
        workload.put("type", "LLM_INFERENCE");
        workload.put("paramsBillion", 7);
        workload.put("precision", "int8");
        workload.put("peakTokensPerSec", 100);
        workload.put("priority", 5);
        workload.put("regionCode", "KE");
        Response workloadAnswer = viaIngress("paul").body(workload).post("/api/v1/workloads");
        collect("workload", workloadAnswer, 201, prefix, seen, wrong);
        String workloadId = workloadAnswer.path("id");

        Response planAnswer = viaIngress("paul")
                .body(Map.of("workloadIds", List.of(workloadId), "horizonDate", "2027-06-30", "timeLimitSeconds", 1))
                .post("/api/v1/plans");
        collect("plan", planAnswer, 202, prefix, seen, wrong);
        String planLocation = planAnswer.header("Location");

        System.out.printf("through the ingress host %s: %d absolute URLs seen%n  %s%n", host, seen.size(),
                String.join("\n  ", seen));
        assertAll(
                () -> assertEquals(List.of(), wrong, "every URL names " + prefix),
                () -> assertTrue(seen.size() >= 4, "a Location for each of the four creates: " + seen));

        viaIngress("paul").delete(planLocation.substring(planLocation.indexOf("/api/v1/")));
        viaIngress("paul").delete("/api/v1/workloads/" + workloadId);
        viaIngress("ada").delete("/api/v1/sites/" + siteId);
    }

    private static void collect(String what, Response answer, int status, String prefix, List<String> seen,
            List<String> wrong) {
        assertEquals(status, answer.statusCode(), what + ": " + answer.asString());
        String location = answer.header("Location");
        assertNotNull(location, what + " answers without a Location");
        List<String> urls = new ArrayList<>(List.of(location));
        Matcher matcher = ABSOLUTE_URL.matcher(answer.asString());
        while (matcher.find()) {
            urls.add(matcher.group());
        }
        for (String url : urls) {
            seen.add(what + ": " + url);
            if (!url.startsWith(prefix)) {
                wrong.add(what + ": " + url);
            }
        }
    }
}
