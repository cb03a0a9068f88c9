package io.newsgraph.deploy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests that the build generates (quarkus-kubernetes, configured in
 * application.properties) describe the deployment README.md explains: two or more replicas behind a
 * Service, probes on the health endpoints, resource requests and limits, and the database settings
 * from a Secret. An *IT because the manifests are written by the package phase.
 */
class KubernetesManifestIT {

    static final Path MANIFEST = Path.of("target/kubernetes/kubernetes.yml");
    static final String SECRET = "newsgraph-db";

    static List<JsonNode> resources = new ArrayList<>();

    @BeforeAll
    static void parse() throws IOException {
        try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class).readValues(MANIFEST.toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isEmpty()) {
                    resources.add(doc);
                }
            }
        }
    }

    @Test
    void deploymentRunsTwoOrMoreReplicas() {
        assertThat(deployment().at("/spec/replicas").asInt(), greaterThanOrEqualTo(2));
    }

    @Test
    void probesUseTheHealthEndpoints() {
        JsonNode container = container();
        int port = httpPort(container);
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(port, container.at("/readinessProbe/httpGet/port").asInt());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals(port, container.at("/livenessProbe/httpGet/port").asInt());
        // A first start migrates and loads the seed: the startup probe waits minutes, not 35 s.
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        JsonNode startup = container.path("startupProbe");
        assertThat(startup.path("failureThreshold").asInt() * startup.path("periodSeconds").asInt(),
                greaterThanOrEqualTo(120));
    }

    @Test
    void containerHasResourceRequestsAndLimits() {
        JsonNode resources = container().path("resources");
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertTrue(resources.path(kind).path(resource).isTextual(), "resources." + kind + "." + resource);
            }
        }
    }

    @Test
    void databaseSettingsComeFromTheSecret() {
        Map<String, JsonNode> env = new HashMap<>();
        container().path("env").forEach(e -> env.put(e.path("name").asText(), e));
        Map<String, String> expected = Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc-url",
                "QUARKUS_DATASOURCE_USERNAME", "username", "QUARKUS_DATASOURCE_PASSWORD", "password");
        expected.forEach((name, key) -> {
            JsonNode ref = env.getOrDefault(name, MissingNode.getInstance())
                    .at("/valueFrom/secretKeyRef");
            assertEquals(SECRET, ref.path("name").asText(), name + " from the Secret");
            assertEquals(key, ref.path("key").asText(), name + " key");
        });
        assertThat("pool size", env.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"), notNullValue());
        // Every replica migrates at start: nothing switches Flyway off.
        assertThat(env.keySet(), not(hasItem("QUARKUS_FLYWAY_ACTIVE")));
    }

    @Test
    void serviceSelectsTheDeploymentsPodsOnItsHttpPort() {
        JsonNode service = only("Service");
        JsonNode podLabels = deployment().at("/spec/template/metadata/labels");
        service.at("/spec/selector").fields().forEachRemaining(
                label -> assertEquals(label.getValue().asText(), podLabels.path(label.getKey()).asText(), label.getKey()));
        assertThat(service.at("/spec/ports").findValuesAsText("targetPort"), hasItem(String.valueOf(httpPort(container()))));
    }

    @Test
    void nothingThatNeedsMoreThanAPlainCluster() {
        List<String> kinds = resources.stream().map(r -> r.path("kind").asText()).toList();
        // No migration Job with its wait-for image and RBAC, no ServiceMonitor (Prometheus Operator CRD).
        assertThat(kinds.stream().filter(k -> k.equals("Job") || k.equals("ServiceMonitor")).toList(), empty());
        assertThat(deployment().at("/spec/template/spec/initContainers").size(), equalTo(0));
        assertThat(kinds, hasItem("Deployment"));
        assertThat(container().at("/ports").findValuesAsText("name"), containsInAnyOrder("http"));
    }

    static JsonNode deployment() {
        return only("Deployment");
    }

    static JsonNode container() {
        JsonNode containers = deployment().at("/spec/template/spec/containers");
        assertEquals(1, containers.size(), "containers");
        return containers.get(0);
    }

    static int httpPort(JsonNode container) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals("http")) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError("no http port in " + container.path("ports"));
    }

    static JsonNode only(String kind) {
        List<JsonNode> found = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
        assertEquals(1, found.size(), kind + " resources in " + MANIFEST);
        return found.get(0);
    }
}
