package it.ponte.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The chart lints and renders offline, and what it renders matches the platform. */
class ChartTest {

  private static final Path CHART = Path.of("ponte");
  private static final Path REPOSITORY = Path.of("..");

  @Test
  void lintsStrictly() {
    LintResult result = new Helm(CHART).lint().strict().call();
    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
  }

  @Test
  void defaultValuesRenderASecureDeploymentWithoutSecrets() {
    List<Map<String, Object>> manifests = render(false);

    assertThat(kinds(manifests))
        .contains(
            "Deployment",
            "Service",
            "ServiceAccount",
            "ConfigMap",
            "PodDisruptionBudget",
            "NetworkPolicy")
        .doesNotContain("Secret", "Ingress", "HorizontalPodAutoscaler", "Cluster", "Keycloak");
    Map<String, Object> container = container(manifests);
    assertProbesAndPort(container);
    assertSecure(manifests, container);
    for (Map<String, Object> env : envs(container)) {
      if (env.get("name").toString().matches("PONTE_DB_PASSWORD|PONTE_KEYCLOAK_CLIENT_SECRET")) {
        assertThat(env)
            .as("secrets are referenced, never given as values")
            .doesNotContainKey("value");
      }
    }
    assertThat(documentedServerSettings()).containsAll(envNames(container));
    assertThat(envs(container))
        .as("traces are off by default")
        .noneMatch(e -> e.get("name").toString().startsWith("OTEL_"));
  }

  @Test
  void aProductionInstallRendersEverythingItAsksFor() throws Exception {
    List<Map<String, Object>> manifests = render(true);

    assertThat(kinds(manifests))
        .contains(
            "Deployment",
            "Service",
            "Ingress",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "NetworkPolicy",
            "Cluster")
        .doesNotContain("Secret");
    Map<String, Object> deployment = ofKind(manifests, "Deployment");
    assertThat(map(deployment, "spec"))
        .as("the HPA owns the replica count")
        .doesNotContainKey("replicas");
    Map<String, Object> hpa = map(ofKind(manifests, "HorizontalPodAutoscaler"), "spec");
    assertThat(hpa).containsEntry("minReplicas", 3).containsEntry("maxReplicas", 12);
    assertThat(list(map(ofKind(manifests, "Ingress"), "spec"), "tls")).hasSize(1);

    Map<String, Object> container = container(manifests);
    assertProbesAndPort(container);
    assertSecure(manifests, container);
    Set<String> names = envNames(container);
    assertThat(names)
        .as("every documented server setting is set")
        .containsAll(documentedServerSettings());
    assertThat(documentedServerSettings()).containsAll(names);
    assertThat(envValue(container, "PONTE_DB_URL"))
        .isEqualTo("jdbc:postgresql://ponte-db-rw:5432/ponte");
    assertThat(envValue(container, "OTEL_SDK_DISABLED")).isEqualTo("false");
    assertThat(envValue(container, "OTEL_EXPORTER_OTLP_ENDPOINT"))
        .isEqualTo("http://otel-collector.observability:4318");
    assertThat(ofKind(manifests, "NetworkPolicy").toString())
        .as("the pods may reach the collector")
        .contains("port=4318");
    assertThat(envs(container))
        .filteredOn(e -> e.get("name").equals("PONTE_DB_PASSWORD"))
        .singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("ponte-db-app"));

    Map<String, Object> tenants = map(configMap(manifests), "data");
    assertThat(tenants).containsKeys("bergamo", "bologna");
    Map<String, Object> bergamo = new Yaml().load(tenants.get("bergamo").toString());
    assertThat(bergamo).containsEntry("id", "bergamo").containsEntry("region", "03");
    Map<String, Object> bologna = new Yaml().load(tenants.get("bologna").toString());
    assertThat(bologna)
        .isEqualTo(
            new Yaml().load(Files.readString(REPOSITORY.resolve("tenants/bologna/tenant.yaml"))));
    assertThat(tenantVolumePaths(deployment))
        .containsExactlyInAnyOrder("bergamo/tenant.yaml", "bologna/tenant.yaml");
  }

  private static List<Map<String, Object>> render(boolean production) {
    var template = new Helm(CHART).template().withName("ponte");
    if (production) {
      template =
          template
              .withValuesFile(CHART.resolve("ci/production-values.yaml"))
              .setFile("tenants.files.bologna", REPOSITORY.resolve("tenants/bologna/tenant.yaml"));
    }
    String rendered = template.call();
    List<Map<String, Object>> manifests = new ArrayList<>();
    for (Object document : new Yaml().loadAll(rendered)) {
      if (document instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) m;
        manifests.add(manifest);
      }
    }
    return manifests;
  }

  private static void assertProbesAndPort(Map<String, Object> container) {
    assertThat(path(container, "startupProbe")).isEqualTo("/health/started");
    assertThat(path(container, "readinessProbe")).isEqualTo("/health/ready");
    assertThat(path(container, "livenessProbe")).isEqualTo("/health/live");
    Map<String, Object> port = list(container, "ports").get(0);
    assertThat(port).containsEntry("name", "http").containsEntry("containerPort", 8080);
  }

  private static void assertSecure(
      List<Map<String, Object>> manifests, Map<String, Object> container) {
    Map<String, Object> security = map(container, "securityContext");
    assertThat(security)
        .containsEntry("readOnlyRootFilesystem", true)
        .containsEntry("allowPrivilegeEscalation", false);
    assertThat(map(security, "capabilities").get("drop").toString()).contains("ALL");
    Map<String, Object> pod =
        map(map(map(ofKind(manifests, "Deployment"), "spec"), "template"), "spec");
    assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
    assertThat(list(container, "volumeMounts"))
        .anySatisfy(m -> assertThat(m).containsEntry("mountPath", "/tmp"));
  }

  /** The server settings table of the README: the names the chart must use. */
  private static Set<String> documentedServerSettings() {
    try {
      String readme = Files.readString(REPOSITORY.resolve("README.md"));
      String table =
          readme.substring(
              readme.indexOf("### Server settings"), readme.indexOf("### Run-command settings"));
      Set<String> names = new LinkedHashSet<>();
      Matcher m = Pattern.compile("^\\| `(PONTE_[A-Z_]+)`", Pattern.MULTILINE).matcher(table);
      while (m.find()) {
        names.add(m.group(1));
      }
      assertThat(names).isNotEmpty();
      return names;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> envNames(Map<String, Object> container) {
    Set<String> names = new LinkedHashSet<>();
    for (Map<String, Object> env : envs(container)) {
      String name = env.get("name").toString();
      if (name.startsWith("PONTE_")) {
        names.add(name);
      }
    }
    return names;
  }

  private static String envValue(Map<String, Object> container, String name) {
    return envs(container).stream()
        .filter(e -> e.get("name").equals(name))
        .map(e -> String.valueOf(e.get("value")))
        .findFirst()
        .orElse(null);
  }

  private static List<Map<String, Object>> envs(Map<String, Object> container) {
    return list(container, "env");
  }

  private static List<String> tenantVolumePaths(Map<String, Object> deployment) {
    Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
    for (Map<String, Object> volume : list(pod, "volumes")) {
      if ("tenants".equals(volume.get("name"))) {
        return list(map(volume, "configMap"), "items").stream()
            .map(i -> i.get("path").toString())
            .toList();
      }
    }
    return List.of();
  }

  private static Object path(Map<String, Object> container, String probe) {
    return map(map(container, probe), "httpGet").get("path");
  }

  private static Map<String, Object> container(List<Map<String, Object>> manifests) {
    Map<String, Object> pod =
        map(map(map(ofKind(manifests, "Deployment"), "spec"), "template"), "spec");
    return list(pod, "containers").get(0);
  }

  private static Map<String, Object> configMap(List<Map<String, Object>> manifests) {
    return ofKind(manifests, "ConfigMap");
  }

  private static Map<String, Object> ofKind(List<Map<String, Object>> manifests, String kind) {
    return manifests.stream().filter(m -> kind.equals(m.get("kind"))).findFirst().orElseThrow();
  }

  private static List<String> kinds(List<Map<String, Object>> manifests) {
    return manifests.stream().map(m -> String.valueOf(m.get("kind"))).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    return (List<Map<String, Object>>) parent.get(key);
  }
}
