package app.cadence.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * deploy/kubernetes/ as fabric8's Kubernetes model reads it: each file listed by the kustomization,
 * typed for the built-in kinds, generic for the operators' custom resources (CloudNativePG, Keycloak).
 */
public final class KubernetesManifests {

    public static final Path DIRECTORY = Path.of("deploy", "kubernetes");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/Secret", Secret.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    /** One file of the base and the resource it holds. */
    public record Manifest(String file, JsonNode tree, HasMetadata resource) {
    }

    private KubernetesManifests() {
    }

    /** The files the kustomization lists, in its order. */
    public static List<String> listed() {
        JsonNode kustomization = tree(DIRECTORY.resolve("kustomization.yaml"));
        List<String> files = new ArrayList<>();
        kustomization.path("resources").forEach(file -> files.add(file.asText()));
        return files;
    }

    public static List<Manifest> all() {
        List<Manifest> manifests = new ArrayList<>();
        for (String file : listed()) {
            JsonNode tree = tree(DIRECTORY.resolve(file));
            String key = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
            Class<? extends HasMetadata> type = TYPED.getOrDefault(key, GenericKubernetesResource.class);
            try {
                manifests.add(new Manifest(file, tree, YAML.treeToValue(tree, type)));
            } catch (IOException e) {
                throw new IllegalStateException(file + " does not parse as " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        }
        return manifests;
    }

    public static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = all().stream().map(Manifest::resource).filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + type.getSimpleName() + ", found " + found.size());
        }
        return found.get(0);
    }

    public static List<GenericKubernetesResource> custom(String kind) {
        return all().stream().map(Manifest::resource).filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast).filter(resource -> resource.getKind().equals(kind)).toList();
    }

    /** The paths of the Deployment's startup, readiness and liveness probes. */
    public static List<String> probePaths() {
        var container = one(io.fabric8.kubernetes.api.model.apps.Deployment.class).getSpec().getTemplate().getSpec()
                .getContainers().get(0);
        return List.of(container.getStartupProbe().getHttpGet().getPath(), container.getReadinessProbe().getHttpGet().getPath(),
                container.getLivenessProbe().getHttpGet().getPath());
    }

    static JsonNode tree(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
