package com.hockeyhub.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 22: every overlay of deploy/k8s, rendered by {@code kubectl kustomize} and parsed object by object with
 * fabric8's Kubernetes model, keeps the invariants the suite relies on; and the /api route table (the Ingress and
 * the docker-compose proxy) sends every path a controller maps to that controller's service.
 */
class DeployManifestsTest {

    static final Path ROOT = Paths.get(System.getProperty("repo.root", "../..")).toAbsolutePath().normalize();
    static final String KUBECTL = System.getProperty("kubectl", "kubectl");
    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /**
     * Upper end of the measured resident memory of a service: user-service ready after seeding 100,000 users,
     * 400,712 kB (docs/scaling.md; ./hockeyhub's header: ~280-390 MB).
     */
    static final long MEASURED_RSS_BYTES = 400_712L * 1024;
    /** Names whose values are secrets: only ever a secretKeyRef, never in a ConfigMap. */
    static final Pattern SECRET_NAME = Pattern.compile(
            ".*(_PASSWORD|_SECRET|PRIVATE_KEY|_TOKEN)|SERVICE_SECRET_.*|DB_USER|REDIS_URL|MEDICAL_ENCRYPTION_DEV_KEY|HOCKEYHUB_MEDICAL_ENCRYPTION_KEYS_.*");
    /** Read by Spring Boot or the JVM themselves (relaxed binding), not through a placeholder of ours. */
    static final Set<String> PLATFORM_ENV = Set.of("SPRING_PROFILES_ACTIVE", "SPRING_FLYWAY_ENABLED",
            "SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "SERVER_FORWARD_HEADERS_STRATEGY", "JAVA_TOOL_OPTIONS",
            "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    static List<String> services;
    static Map<String, Integer> ports;
    static Map<String, String> databases;
    static Map<String, List<HasMetadata>> overlays;

    @BeforeAll
    static void render() throws Exception {
        services = new ArrayList<>();
        ports = new HashMap<>();
        databases = new HashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("scripts/services.txt"))) {
            String[] cols = line.trim().split("\\s+");
            if (line.isBlank() || line.startsWith("#") || !Files.isDirectory(ROOT.resolve(cols[0]))) {
                continue;
            }
            services.add(cols[0]);
            ports.put(cols[0], Integer.parseInt(cols[1]));
            databases.put(cols[0], cols[2]);
        }
        assertThat(services).hasSizeGreaterThanOrEqualTo(9);
        overlays = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("deploy/k8s/overlays"))) {
            for (Path dir : dirs.sorted().toList()) {
                overlays.put(dir.getFileName().toString(), parse(kustomize(dir)));
            }
        }
        assertThat(overlays).containsKeys("dev", "production");
    }

    static String kustomize(Path dir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(KUBECTL, "kustomize", dir.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("kubectl kustomize " + dir + " failed:\n" + out);
        }
        return out;
    }

    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---$")) {
            if (!doc.isBlank()) {
                objects.add(SERIALIZATION.unmarshal(doc, HasMetadata.class));
            }
        }
        return objects;
    }

    static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type, String name) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).toList();
        assertThat(found).as("%s %s", type.getSimpleName(), name).hasSize(1);
        return found.get(0);
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static boolean production(String overlay) {
        return overlay.equals("production");
    }

    @Test
    void everyObjectParsesAsItsKubernetesTypeAndNoSecretValueIsInTheManifests() {
        overlays.forEach((overlay, objects) -> {
            assertThat(objects).as(overlay).isNotEmpty();
            for (HasMetadata object : objects) {
                assertThat(object.getKind()).as("%s: %s", overlay, object.getMetadata().getName())
                        .isNotEqualTo("Secret");
                if (object instanceof GenericKubernetesResource generic) {
                    assertThat(generic.getApiVersion()).as("only the operators' resources are untyped")
                            .startsWith("postgresql.cnpg.io/");
                }
            }
            for (ConfigMap map : all(objects, ConfigMap.class)) {
                assertThat(map.getData().keySet()).as("%s ConfigMap %s", overlay, map.getMetadata().getName())
                        .noneMatch(key -> SECRET_NAME.matcher(key).matches());
            }
        });
    }

    @Test
    void everyServiceHasADeploymentServiceAutoscalerBudgetMigrationJobAndDatabaseWithAReplica() {
        overlays.forEach((overlay, objects) -> {
            int min = production(overlay) ? 2 : 1;
            for (String service : services) {
                Deployment deployment = one(objects, Deployment.class, service);
                assertThat(deployment.getSpec().getReplicas()).as("%s %s replicas", overlay, service)
                        .isGreaterThanOrEqualTo(min);
                Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
                assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

                Service svc = one(objects, Service.class, service);
                assertThat(podLabels).containsAllEntriesOf(svc.getSpec().getSelector());
                assertThat(svc.getSpec().getPorts().get(0).getPort()).isEqualTo(ports.get(service));

                HorizontalPodAutoscaler hpa = one(objects, HorizontalPodAutoscaler.class, service);
                assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
                assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
                assertThat(hpa.getSpec().getMinReplicas()).as("%s %s HPA", overlay, service).isGreaterThanOrEqualTo(min);
                assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
                assertThat(hpa.getSpec().getMinReplicas()).isLessThanOrEqualTo(deployment.getSpec().getReplicas());

                PodDisruptionBudget pdb = one(objects, PodDisruptionBudget.class, service);
                assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
                if (pdb.getSpec().getMinAvailable() != null) {
                    assertThat(pdb.getSpec().getMinAvailable().getIntVal())
                            .as("%s %s: the budget must let one pod go", overlay, service)
                            .isLessThan(deployment.getSpec().getReplicas());
                } else {
                    assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isPositive();
                }

                Job job = one(objects, Job.class, service + "-migrate");
                Container migrate = job.getSpec().getTemplate().getSpec().getContainers().get(0);
                assertThat(migrate.getImage()).isEqualTo(deployment.getSpec().getTemplate().getSpec()
                        .getContainers().get(0).getImage());
                assertThat(migrate.getEnv()).anyMatch(e -> e.getName().equals("DB_MIGRATE_ONLY")
                        && "true".equals(e.getValue()));
                assertSecure(overlay, job.getMetadata().getName(), job.getSpec().getTemplate().getSpec());

                String db = "db-" + databaseSuffix(service);
                GenericKubernetesResource cluster = objects.stream()
                        .filter(o -> o instanceof GenericKubernetesResource && o.getKind().equals("Cluster")
                                && o.getMetadata().getName().equals(db))
                        .map(GenericKubernetesResource.class::cast).findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + ": no CloudNativePG Cluster " + db));
                int instances = ((Number) ((Map<?, ?>) cluster.getAdditionalProperties().get("spec"))
                        .get("instances")).intValue();
                assertThat(instances).as("%s %s instances", overlay, db).isGreaterThanOrEqualTo(min);
            }
        });
    }

    @Test
    void everyServerPodHasProbesLimitsFromTheMeasuredMemoryRunsAsNonRootOnAReadOnlyRootAndDrains() {
        overlays.forEach((overlay, objects) -> {
            for (String service : services) {
                PodSpec pod = one(objects, Deployment.class, service).getSpec().getTemplate().getSpec();
                assertSecure(overlay, service, pod);
                Container c = pod.getContainers().get(0);
                assertThat(c.getPorts()).anyMatch(p -> "http".equals(p.getName())
                        && p.getContainerPort().equals(ports.get(service)));
                assertProbe(c.getStartupProbe(), "/actuator/health/liveness");
                assertProbe(c.getLivenessProbe(), "/actuator/health/liveness");
                assertProbe(c.getReadinessProbe(), "/actuator/health/readiness");
                assertThat(c.getStartupProbe().getPeriodSeconds() * c.getStartupProbe().getFailureThreshold())
                        .as("startup allowance (s)").isGreaterThanOrEqualTo(120);

                long sleep = Long.parseLong(c.getLifecycle().getPreStop().getExec().getCommand().get(1));
                assertThat(c.getLifecycle().getPreStop().getExec().getCommand().get(0)).isEqualTo("sleep");
                assertThat(pod.getTerminationGracePeriodSeconds()).as("preStop + 30 s shutdown phase")
                        .isGreaterThan(sleep + 30);
                Map<String, String> config = configOf(objects, c);
                assertThat(config.get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE")).isEqualTo("30s");
                assertThat(config.get("SPRING_FLYWAY_ENABLED")).as("replicas never migrate").isEqualTo("false");
                assertThat(config).doesNotContainKey("DB_MIGRATE_ONLY");
                assertThat(c.getEnv()).noneMatch(e -> e.getName().equals("DB_MIGRATE_ONLY"));
                assertThat(config.get("SERVER_PORT")).isEqualTo(String.valueOf(ports.get(service)));
            }
        });
    }

    static void assertSecure(String overlay, String name, PodSpec pod) {
        String what = overlay + " " + name;
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(what + " runAsNonRoot").isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).as(what).isPositive();
        Set<String> emptyDirs = pod.getVolumes().stream().filter(v -> v.getEmptyDir() != null).map(Volume::getName)
                .collect(Collectors.toSet());
        for (Container c : pod.getContainers()) {
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as(what + " read-only root").isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as(what).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).as(what).contains("ALL");
            assertThat(c.getVolumeMounts()).as(what + " writable /tmp")
                    .anyMatch(m -> m.getMountPath().equals("/tmp") && emptyDirs.contains(m.getName()));
            Map<String, Quantity> requests = c.getResources().getRequests();
            Map<String, Quantity> limits = c.getResources().getLimits();
            assertThat(requests).as(what).containsKeys("cpu", "memory");
            assertThat(limits).as(what).containsKeys("cpu", "memory");
            assertThat(Quantity.getAmountInBytes(requests.get("memory")).longValue()).as(what + " memory request")
                    .isGreaterThanOrEqualTo(MEASURED_RSS_BYTES);
            assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                    .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
            assertThat(Quantity.getAmountInBytes(limits.get("cpu")))
                    .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("cpu")));
        }
    }

    static void assertProbe(Probe probe, String path) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    static Map<String, String> configOf(List<HasMetadata> objects, Container c) {
        Map<String, String> config = new HashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            assertThat(from.getSecretRef()).as("secrets are referenced one key at a time").isNull();
            config.putAll(one(objects, ConfigMap.class, from.getConfigMapRef().getName()).getData());
        }
        return config;
    }

    @Test
    void secretsAreOnlyReferencesAndEveryEnvironmentNameIsOneTheServiceReads() throws IOException {
        Set<String> shared = placeholders(ROOT.resolve("shared-lib/src/main/resources/hockeyhub-defaults.properties"));
        assertThat(shared).contains("NATS_URL", "NATS_STREAM_REPLICAS", "CORS_ALLOWED_ORIGINS", "DB_MIGRATE_ONLY");
        for (Map.Entry<String, List<HasMetadata>> overlay : overlays.entrySet()) {
            for (String service : services) {
                Set<String> known = new HashSet<>(shared);
                known.addAll(placeholders(ROOT.resolve(service + "/src/main/resources/application.yml")));
                known.addAll(PLATFORM_ENV);
                Deployment deployment = one(overlay.getValue(), Deployment.class, service);
                Job job = one(overlay.getValue(), Job.class, service + "-migrate");
                for (PodSpec pod : List.of(deployment.getSpec().getTemplate().getSpec(), job.getSpec().getTemplate().getSpec())) {
                    Container c = pod.getContainers().get(0);
                    Set<String> names = new TreeSet<>(configOf(overlay.getValue(), c).keySet());
                    for (EnvVar env : c.getEnv()) {
                        names.add(env.getName());
                        if (SECRET_NAME.matcher(env.getName()).matches()) {
                            assertThat(env.getValue()).as("%s %s %s", overlay.getKey(), service, env.getName()).isNull();
                            assertThat(env.getValueFrom().getSecretKeyRef())
                                    .as("%s %s %s", overlay.getKey(), service, env.getName()).isNotNull();
                        }
                        if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                            String secret = env.getValueFrom().getSecretKeyRef().getName();
                            assertThat(secret.startsWith("hockeyhub-")
                                    || secret.equals("db-" + databaseSuffix(service) + "-app"))
                                    .as("%s reads %s: its own database's or a suite Secret", service, secret).isTrue();
                        }
                    }
                    for (String name : names) {
                        boolean medicalKey = service.equals("medical-service")
                                && name.startsWith("HOCKEYHUB_MEDICAL_ENCRYPTION_KEYS_");
                        assertThat(known.contains(name) || medicalKey)
                                .as("%s: %s sets %s, which it does not read", overlay.getKey(), service, name).isTrue();
                    }
                }
            }
        }
    }

    static Set<String> placeholders(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(Files.readString(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static String databaseSuffix(String service) {
        return Objects.requireNonNull(databases.get(service), service).replaceFirst("^hockey_hub_", "");
    }

    @Test
    void atTheAutoscalersMaximumEveryPoolPlusTheMigrationJobFitsTheDatabasesConnectionLimit() throws IOException {
        int sharedDefault = Integer.parseInt(Files.readAllLines(
                        ROOT.resolve("shared-lib/src/main/resources/hockeyhub-defaults.properties")).stream()
                .filter(l -> l.startsWith("spring.datasource.hikari.maximum-pool-size="))
                .findFirst().orElseThrow().split("=")[1].trim());
        overlays.forEach((overlay, objects) -> {
            String configured = one(objects, ConfigMap.class, "hockeyhub-common").getData()
                    .get("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE");
            int pool = configured == null ? sharedDefault : Integer.parseInt(configured);
            for (String service : services) {
                int maxReplicas = one(objects, HorizontalPodAutoscaler.class, service).getSpec().getMaxReplicas();
                GenericKubernetesResource cluster = objects.stream()
                        .filter(o -> o instanceof GenericKubernetesResource
                                && o.getMetadata().getName().equals("db-" + databaseSuffix(service)))
                        .map(GenericKubernetesResource.class::cast).findFirst().orElseThrow();
                Map<?, ?> spec = (Map<?, ?>) cluster.getAdditionalProperties().get("spec");
                Map<?, ?> parameters = (Map<?, ?>) ((Map<?, ?>) spec.get("postgresql")).get("parameters");
                int maxConnections = Integer.parseInt(String.valueOf(parameters.get("max_connections")));
                // 20 left for superuser_reserved_connections, the operator, replication and an operator's psql
                assertThat((maxReplicas + 1) * pool).as("%s %s: (%d replicas + Job) x pool %d", overlay, service,
                        maxReplicas, pool).isLessThanOrEqualTo(maxConnections - 20);
            }
        });
    }

    @Test
    void productionReplicatesTheEventStreamsThreeWaysOnAThreeNodeJetStreamAndRedisHasAReplica() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode nats = yaml.readTree(ROOT.resolve("deploy/k8s/infra/nats-values.yaml").toFile());
        assertThat(nats.at("/config/cluster/enabled").asBoolean()).isTrue();
        assertThat(nats.at("/config/cluster/replicas").asInt()).isEqualTo(3);
        assertThat(nats.at("/config/jetstream/enabled").asBoolean()).isTrue();
        assertThat(nats.at("/config/jetstream/fileStore/enabled").asBoolean()).isTrue();
        JsonNode redis = yaml.readTree(ROOT.resolve("deploy/k8s/infra/redis-values.yaml").toFile());
        assertThat(redis.at("/architecture").asText()).isEqualTo("replication");
        assertThat(redis.at("/replica/replicaCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(redis.at("/auth/existingSecret").asText()).isEqualTo("hockeyhub-redis");
        ConfigMap common = one(overlays.get("production"), ConfigMap.class, "hockeyhub-common");
        assertThat(common.getData().get("NATS_STREAM_REPLICAS")).isEqualTo("3");
        assertThat(common.getData().get("SPRING_PROFILES_ACTIVE")).isEqualTo("production");
        assertThat(common.getData().get("CORS_ALLOWED_ORIGINS")).as("one origin: no CORS").isEmpty();
    }

    // ---- the route table: deploy/routes.txt → Ingress and deploy/compose/nginx.conf ----

    record Route(String route, String service, Pattern regex) {
    }

    static List<Route> routes() throws IOException {
        List<Route> routes = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("deploy/routes.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.trim().split("\\s+");
            routes.add(new Route(cols[0], cols[1], Pattern.compile("^" + regexOf(cols[0]))));
        }
        return routes;
    }

    /** The same translation as scripts/k8s-generate.sh's route_regex. */
    static String regexOf(String route) {
        String r = route.replace(".", "\\.").replace("*", "[^/]+");
        return route.endsWith(".json") ? r + "$" : r + "(/|$)";
    }

    /** Every path a controller of the service maps, {variables} replaced by a value. */
    static Set<String> mappedPaths(String service) throws IOException {
        Pattern mapping = Pattern.compile("@(Request|Get|Post|Put|Patch|Delete)Mapping\\s*(\\(([^)]*)\\))?");
        Pattern type = Pattern.compile("\\b(class|record|interface)\\s+\\w+");
        Pattern literal = Pattern.compile("\"([^\"]*)\"");
        Set<String> paths = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(ROOT.resolve(service + "/src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : sources) {
            String src = Files.readString(file);
            Matcher t = type.matcher(src);
            if (!src.contains("Mapping") || !t.find()) {
                continue;
            }
            List<String> bases = List.of("");
            Matcher classLevel = mapping.matcher(src.substring(0, t.start()));
            while (classLevel.find()) {
                List<String> values = literals(literal, classLevel.group(3));
                if (classLevel.group(1).equals("Request") && !values.isEmpty()) {
                    bases = values;
                }
            }
            Matcher method = mapping.matcher(src.substring(t.end()));
            while (method.find()) {
                List<String> values = literals(literal, method.group(3));
                for (String base : bases) {
                    for (String value : values.isEmpty() ? List.of("") : values) {
                        String path = (base + value).replaceAll("\\{[^}]+}", "x1").replaceAll("/\\*\\*?$", "/x1");
                        if (path.startsWith("/api/") || path.startsWith("/.well-known/")) {
                            paths.add(path);
                        }
                    }
                }
            }
        }
        return paths;
    }

    static List<String> literals(Pattern literal, String arguments) {
        List<String> values = new ArrayList<>();
        Matcher m = literal.matcher(arguments == null ? "" : arguments);
        while (m.find()) {
            if (!m.group(1).contains("/json") && !m.group(1).startsWith("text/")) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    @Test
    void everyPathAControllerMapsIsRoutedToItsOwnServiceByTheTableTheIngressAndTheComposeProxy() throws IOException {
        List<Route> routes = routes();
        assertThat(routes.stream().map(Route::route).distinct().count()).as("no route claimed twice")
                .isEqualTo(routes.size());
        Ingress ingress = one(overlays.get("production"), Ingress.class, "hockeyhub");
        List<HTTPIngressPath> ingressPaths = ingress.getSpec().getRules().get(0).getHttp().getPaths();
        String nginx = Files.readString(ROOT.resolve("deploy/compose/nginx.conf"));
        int checked = 0;
        for (String service : services) {
            Set<String> paths = mappedPaths(service);
            assertThat(paths).as("%s maps /api paths", service).isNotEmpty();
            for (String path : paths) {
                // the table (and nginx): the first matching route in the table's order
                Route route = routes.stream().filter(r -> r.regex().matcher(path).find()).findFirst()
                        .orElseThrow(() -> new AssertionError(path + " of " + service + " is in no route"));
                assertThat(route.service()).as("%s (%s) routed by %s", path, service, route.route()).isEqualTo(service);
                assertThat(nginx).contains("location ~ ^" + regexOf(route.route()) + " { set $upstream "
                        + service + ":" + ports.get(service) + ";");
                // ingress-nginx: the longest matching regular expression
                HTTPIngressPath chosen = ingressPaths.stream()
                        .filter(p -> Pattern.compile("^" + p.getPath()).matcher(path).find())
                        .max(Comparator.comparingInt(p -> p.getPath().length()))
                        .orElseThrow(() -> new AssertionError(path + " matches no Ingress path"));
                assertThat(chosen.getBackend().getService().getName()).as("Ingress for %s", path).isEqualTo(service);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        Set<String> backends = ingressPaths.stream().map(p -> p.getBackend().getService().getName())
                .collect(Collectors.toSet());
        assertThat(backends).containsExactlyInAnyOrderElementsOf(services);
        assertThat(ingressPaths.stream().map(HTTPIngressPath::getPath).distinct().count())
                .isEqualTo(ingressPaths.size());
        assertThat(ingressPaths).noneMatch(p -> Objects.requireNonNull(p.getPath()).contains("actuator"));
    }

    @Test
    void aPathNoServiceMapsIsNotRoutedAndATeamSubResourceDoesNotFallToTheTeamsOwner() throws IOException {
        List<Route> routes = routes();
        assertThat(routes.stream().filter(r -> r.regex().matcher("/api/usersx").find())).isEmpty();
        assertThat(routes.stream().filter(r -> r.regex().matcher("/actuator/health").find())).isEmpty();
        Route sessions = routes.stream().filter(r -> r.regex().matcher("/api/teams/t1/sessions").find())
                .findFirst().orElseThrow();
        assertThat(sessions.service()).isEqualTo("training-service");
        Route members = routes.stream().filter(r -> r.regex().matcher("/api/teams/t1/members").find())
                .findFirst().orElseThrow();
        assertThat(members.service()).isEqualTo("user-service");
    }
}
