package app.cadence.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * deploy/kubernetes/ checked without a cluster: every manifest parses with fabric8's model (no
 * misspelt field left over), and what the deployment depends on matches the application — health
 * paths, HTTP port, image, shutdown timing — and the requirements: two replicas at least,
 * secrets only by reference, egress only to PostgreSQL, Keycloak and DNS, a highly available
 * PostgreSQL with backups, the realm of docker/keycloak. That the probe paths answer 200 on the
 * packaged application is GracefulShutdownIT's part.
 */
class KubernetesManifestsTest {

    private static final Pattern SECRET_NAME = Pattern.compile(
            "PASSWORD|SECRET|CREDENTIAL|(^|_)KEY($|_)|(^|_)TOKEN$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> HEALTH_PATHS = Set.of("/q/health/started", "/q/health/ready", "/q/health/live");

    @Test
    void shouldParseEveryManifestWithTheKubernetesModelAndListEveryFile() throws IOException {
        List<KubernetesManifests.Manifest> manifests = KubernetesManifests.all();
        try (Stream<Path> files = Files.list(KubernetesManifests.DIRECTORY)) {
            List<String> yaml = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")).toList();
            assertThat(KubernetesManifests.listed()).as("files in the kustomization").containsExactlyInAnyOrderElementsOf(yaml);
        }
        for (KubernetesManifests.Manifest manifest : manifests) {
            HasMetadata resource = manifest.resource();
            assertThat(resource.getMetadata().getName()).as(manifest.file()).isNotBlank();
            assertThat(resource.getMetadata().getNamespace()).as(manifest.file() + ": namespace left to kustomize").isNull();
            if (!(resource instanceof GenericKubernetesResource)) {
                assertThat(unknownFields(resource, resource.getKind())).as(manifest.file() + ": fields the model does not know")
                        .isEmpty();
            }
        }
        assertThat(manifests).extracting(m -> m.resource().getKind()).contains("Deployment", "Service",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "ServiceAccount", "ConfigMap", "Cluster",
                "ScheduledBackup", "Keycloak", "KeycloakRealmImport");
        assertThat(KubernetesManifests.custom("Cluster")).allSatisfy(
                cluster -> assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1"));
        assertThat(KubernetesManifests.custom("Keycloak")).allSatisfy(
                keycloak -> assertThat(keycloak.getApiVersion()).isEqualTo("k8s.keycloak.org/v2alpha1"));
    }

    @Test
    void shouldRunTheBuildsImageOnTheAppsPortWithProbesOnItsHealthPaths() throws Exception {
        Deployment deployment = KubernetesManifests.one(Deployment.class);
        Container container = single(deployment.getSpec().getTemplate().getSpec());

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        String artifact = text(pom, "artifactId");
        String version = text(pom, "version");
        assertThat(container.getImage()).as("image: artifactId/artifactId:version of pom.xml")
                .isEqualTo(artifact + "/" + artifact + ":" + version);

        // The application's HTTP port: Quarkus's 8080 unless application.properties sets another,
        // which is also what docker/Dockerfile.jvm exposes.
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        int port = Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
        assertThat(Files.readString(Path.of("docker/Dockerfile.jvm"))).contains("EXPOSE " + port);
        assertThat(container.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getContainerPort()).isEqualTo(port);
            assertThat(p.getName()).isEqualTo("http");
        });
        Service service = KubernetesManifests.one(Service.class);
        assertThat(service.getSpec().getPorts()).singleElement()
                .satisfies(p -> assertThat(p.getTargetPort().getStrVal()).isEqualTo("http"));
        assertThat(service.getSpec().getSelector()).isEqualTo(deployment.getSpec().getSelector().getMatchLabels());

        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(Set.copyOf(KubernetesManifests.probePaths())).isEqualTo(HEALTH_PATHS);
        assertThat(Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe()))
                .allSatisfy(probe -> assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http"));
    }

    @Test
    void shouldKeepTwoReplicasAndGiveShutdownTimeToFinishRequests() throws IOException {
        Deployment deployment = KubernetesManifests.one(Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        HorizontalPodAutoscaler autoscaler = KubernetesManifests.one(HorizontalPodAutoscaler.class);
        assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
        assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        PodDisruptionBudget budget = KubernetesManifests.one(PodDisruptionBudget.class);
        assertThat(budget.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(budget.getSpec().getSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());

        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container container = single(pod);
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        long shutdownSeconds = java.time.Duration.parse("PT" + properties.getProperty("quarkus.shutdown.timeout")).toSeconds();
        List<String> preStop = container.getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        long pause = Long.parseLong(preStop.get(1));
        assertThat(pause).as("preStop pause for endpoint removal").isPositive();
        assertThat(pod.getTerminationGracePeriodSeconds()).as("grace period > preStop + quarkus.shutdown.timeout")
                .isGreaterThan(pause + shutdownSeconds);

        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        assertThat(requests).containsKeys("cpu", "memory");
        assertThat(limits).containsKey("memory");
        assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));

        ServiceAccount account = KubernetesManifests.one(ServiceAccount.class);
        assertThat(account.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getServiceAccountName()).isEqualTo(account.getMetadata().getName());
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void shouldTakeEverySecretByReferenceAndCommitNoSecret() {
        List<KubernetesManifests.Manifest> manifests = KubernetesManifests.all();
        assertThat(manifests).as("Secrets are created by the operator of the cluster, never committed")
                .noneMatch(manifest -> manifest.resource() instanceof Secret || manifest.resource().getKind().equals("Secret"));

        Deployment deployment = KubernetesManifests.one(Deployment.class);
        Container container = single(deployment.getSpec().getTemplate().getSpec());
        List<EnvVar> secretLooking = container.getEnv().stream().filter(env -> SECRET_NAME.matcher(env.getName()).find())
                .toList();
        assertThat(secretLooking).isNotEmpty().allSatisfy(env -> {
            assertThat(env.getValue()).as(env.getName() + " inline").isNull();
            assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName() + " from a Secret").isNotNull();
        });
        assertThat(container.getEnv()).as("every env var by reference")
                .allSatisfy(env -> assertThat(env.getValue()).as(env.getName()).isNull());
        ConfigMap config = KubernetesManifests.one(ConfigMap.class);
        assertThat(config.getData().keySet()).noneMatch(name -> SECRET_NAME.matcher(name).find());
        assertThat(container.getEnvFrom()).singleElement()
                .satisfies(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo(config.getMetadata().getName()));

        // Custom resources: any password- or secret-named field holds a reference, never a value.
        for (KubernetesManifests.Manifest manifest : manifests) {
            List<String> inline = new ArrayList<>();
            inlineSecrets(manifest.tree(), "", inline);
            assertThat(inline).as(manifest.file() + ": secret values inline").isEmpty();
        }
    }

    @Test
    void shouldLetOutOnlyPostgresKeycloakAndDnsAndLetInOnlyTheIngress() {
        NetworkPolicy policy = KubernetesManifests.one(NetworkPolicy.class);
        Deployment deployment = KubernetesManifests.one(Deployment.class);
        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");

        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getPodSelector()).isNull();
                assertThat(peer.getNamespaceSelector().getMatchLabels()).containsOnlyKeys("kubernetes.io/metadata.name");
            });
            assertThat(ports(rule.getPorts())).containsExactly(8080);
        });

        String database = cluster("cadence-db").getMetadata().getName();
        String keycloak = KubernetesManifests.custom("Keycloak").get(0).getMetadata().getName();
        List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertThat(egress).hasSize(3).allSatisfy(rule -> {
            assertThat(rule.getTo()).as("every egress rule names its peers").isNotEmpty()
                    .allSatisfy(peer -> assertThat(peer.getIpBlock()).as("no address ranges").isNull());
            assertThat(rule.getPorts()).as("and its ports").isNotEmpty();
        });
        assertThat(egress).anySatisfy(rule -> {
            assertThat(rule.getTo()).singleElement().satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                    .isEqualTo(Map.of("cnpg.io/cluster", database)));
            assertThat(ports(rule.getPorts())).containsExactly(5432);
        });
        assertThat(egress).anySatisfy(rule -> {
            assertThat(rule.getTo()).singleElement().satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                    .containsEntry("app", "keycloak").containsEntry("app.kubernetes.io/instance", keycloak));
            assertThat(ports(rule.getPorts())).isSubsetOf(8080, 8443);
        });
        assertThat(egress).anySatisfy(rule -> {
            assertThat(rule.getTo()).singleElement().satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                    .isEqualTo(Map.of("k8s-app", "kube-dns")));
            assertThat(ports(rule.getPorts())).containsOnly(53);
        });
    }

    @Test
    void shouldRunPostgresAsThreeInstancesWithSynchronousReplicationBackupsAndTwoAccounts() {
        GenericKubernetesResource cluster = cluster("cadence-db");
        JsonNode spec = new ObjectMapper().valueToTree(cluster.getAdditionalProperties().get("spec"));
        assertThat(spec.path("instances").asInt()).isEqualTo(3);
        boolean synchronous = spec.path("postgresql").path("synchronous").path("number").asInt() >= 1
                || spec.path("minSyncReplicas").asInt() >= 1;
        assertThat(synchronous).as("synchronous replication").isTrue();
        assertThat(spec.path("backup").path("barmanObjectStore").path("destinationPath").asText()).isNotBlank();
        assertThat(KubernetesManifests.custom("ScheduledBackup")).singleElement().satisfies(backup -> {
            JsonNode backupSpec = new ObjectMapper().valueToTree(backup.getAdditionalProperties().get("spec"));
            assertThat(backupSpec.path("cluster").path("name").asText()).isEqualTo(cluster.getMetadata().getName());
            assertThat(backupSpec.path("schedule").asText()).isNotBlank();
        });

        // The owner and the application's role as docker/postgres/cadence-accounts.sql makes them, from
        // the Secrets the Deployment reads the Flyway and datasource credentials from.
        Container container = single(KubernetesManifests.one(Deployment.class).getSpec().getTemplate().getSpec());
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        assertThat(initdb.path("owner").asText()).isEqualTo("cadence_owner");
        assertThat(initdb.path("secret").path("name").asText()).isEqualTo(secretOf(container, "QUARKUS_FLYWAY_PASSWORD"))
                .isEqualTo(secretOf(container, "QUARKUS_FLYWAY_USERNAME"));
        assertThat(spec.path("managed").path("roles")).singleElement().satisfies(role -> {
            assertThat(role.path("name").asText()).isEqualTo("cadence_app").isNotEqualTo(initdb.path("owner").asText());
            assertThat(role.path("login").asBoolean()).isTrue();
            for (String attribute : List.of("superuser", "createdb", "createrole", "replication", "bypassrls", "inherit")) {
                assertThat(role.path(attribute).asBoolean(true)).as(attribute).isFalse();
            }
            assertThat(role.path("passwordSecret").path("name").asText())
                    .isEqualTo(secretOf(container, "QUARKUS_DATASOURCE_PASSWORD"))
                    .isEqualTo(secretOf(container, "QUARKUS_DATASOURCE_USERNAME"));
        });

        // Writes go to the primary's service, reports to the replicas'.
        ConfigMap config = KubernetesManifests.one(ConfigMap.class);
        String name = cluster.getMetadata().getName();
        assertThat(config.getData().get("QUARKUS_DATASOURCE_JDBC_URL")).contains("//" + name + "-rw:5432/");
        assertThat(config.getData().get("QUARKUS_DATASOURCE_REPORTS_JDBC_URL")).contains("//" + name + "-ro:5432/");
    }

    @Test
    void shouldImportTheComposeRealmsRolesAndClientsIntoTheOperatorsKeycloak() throws IOException {
        GenericKubernetesResource keycloak = KubernetesManifests.custom("Keycloak").get(0);
        GenericKubernetesResource realmImport = KubernetesManifests.custom("KeycloakRealmImport").get(0);
        ObjectMapper json = new ObjectMapper();
        JsonNode spec = json.valueToTree(realmImport.getAdditionalProperties().get("spec"));
        assertThat(spec.path("keycloakCRName").asText()).isEqualTo(keycloak.getMetadata().getName());
        JsonNode realm = spec.path("realm");
        JsonNode compose = json.readTree(Path.of("docker/keycloak/cadence-realm.json").toFile());

        assertThat(realm.path("realm").asText()).isEqualTo(compose.path("realm").asText());
        assertThat(names(realm.path("roles").path("realm"), "name")).isEqualTo(names(compose.path("roles").path("realm"), "name"));
        assertThat(names(realm.path("clients"), "clientId")).isEqualTo(names(compose.path("clients"), "clientId"));
        assertThat(realm.path("users")).as("no people with passwords")
                .allSatisfy(user -> assertThat(user.has("credentials")).isFalse());
        // Every ${PLACEHOLDER} of the realm is filled from a Secret by the operator.
        Matcher placeholders = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(realm.toString());
        Set<String> used = new HashSet<>();
        while (placeholders.find()) {
            used.add(placeholders.group(1));
        }
        assertThat(used).isNotEmpty();
        used.forEach(placeholder -> assertThat(spec.path("placeholders").path(placeholder).path("secret").path("name").asText())
                .as(placeholder).isNotBlank());
    }

    private static GenericKubernetesResource cluster(String name) {
        return KubernetesManifests.custom("Cluster").stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Container single(PodSpec pod) {
        assertThat(pod.getContainers()).hasSize(1);
        return pod.getContainers().get(0);
    }

    private static String secretOf(Container container, String env) {
        return container.getEnv().stream().filter(e -> e.getName().equals(env)).findFirst().orElseThrow().getValueFrom()
                .getSecretKeyRef().getName();
    }

    private static String text(Document pom, String tag) {
        var children = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeName().equals(tag)) {
                return children.item(i).getTextContent().trim();
            }
        }
        throw new IllegalStateException("pom.xml has no " + tag);
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(p -> p.getPort().getIntVal()).toList();
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.path(field).asText()));
        return names.stream().sorted().toList();
    }

    /** Fields named like a password or secret whose value is text (not a Secret's name or a placeholder). */
    private static void inlineSecrets(JsonNode node, String path, List<String> found) {
        node.fields().forEachRemaining(field -> {
            String where = path + "/" + field.getKey();
            JsonNode value = field.getValue();
            // tlsSecret and the like name a Secret: a reference, not a value.
            boolean reference = field.getKey().matches("[a-z]+Secret");
            if (value.isTextual() && !reference && field.getKey().toLowerCase().matches(".*(password|secret|credential).*")
                    && !value.asText().matches("\\$\\{[A-Z0-9_]+}")) {
                found.add(where);
            }
            if (value.isObject()) {
                inlineSecrets(value, where, found);
            } else if (value.isArray()) {
                value.forEach(item -> {
                    if (item.isObject()) {
                        inlineSecrets(item, where + "[]", found);
                    }
                });
            }
        });
    }

    /** Fields of the typed model's objects that fell into additionalProperties: misspelt or misplaced. */
    private static List<String> unknownFields(Object model, String path) {
        List<String> unknown = new ArrayList<>();
        if (model == null) {
            return unknown;
        }
        if (model instanceof List<?> list) {
            list.forEach(item -> unknown.addAll(unknownFields(item, path + "[]")));
            return unknown;
        }
        if (model instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknown.addAll(unknownFields(value, path + "/" + key)));
            return unknown;
        }
        if (!model.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = getter.invoke(model);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + ": " + extra.keySet());
                    }
                } else {
                    unknown.addAll(unknownFields(value, path + "." + getter.getName().substring(3)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return unknown;
    }
}
