package com.hockeyhub.shared.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;

/**
 * With the {@code production} profile a service refuses to start on a development secret, so a deployment that
 * forgets a variable fails loudly instead of running wide open: service client secrets {@code dev-secret-*} (the
 * defaults of user-service's {@code service-clients} and of {@code SERVICE_CLIENT_SECRET}), medical-service's
 * development encryption key ({@code allow-development-key} true, or the committed {@code dev} key active),
 * user-service without {@code JWT_PRIVATE_KEY} (it would sign with a key generated at start-up) and the development
 * database password. Runs after the configuration files are read; the message names every offending setting.
 */
public class ProductionSecretsCheck implements EnvironmentPostProcessor, Ordered {

    public static final String PROFILE = "production";
    static final String DEV_SECRET_PREFIX = "dev-secret-";
    static final String SERVICE_CLIENTS = "hockeyhub.auth.service-clients.";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        // the suite defaults hold some of the development values: judge them too, whatever the processors' order
        new SharedDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, application);
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The production profile refuses development secrets: "
                    + String.join("; ", problems));
        }
    }

    static List<String> problems(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        TreeSet<String> clients = new TreeSet<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith(SERVICE_CLIENTS)) {
                        clients.add(name);
                    }
                }
            }
        }
        for (String name : clients) {
            if (isDevSecret(environment.getProperty(name))) {
                problems.add(name + " is a development secret (set SERVICE_SECRET_"
                        + client(name.substring(SERVICE_CLIENTS.length())) + ")");
            }
        }
        if (isDevSecret(environment.getProperty("hockeyhub.service-token.client-secret"))) {
            problems.add("hockeyhub.service-token.client-secret is a development secret (set SERVICE_CLIENT_SECRET)");
        }
        if (environment.getProperty("hockeyhub.medical.encryption.allow-development-key", Boolean.class, false)) {
            problems.add("hockeyhub.medical.encryption.allow-development-key is true "
                    + "(set MEDICAL_ENCRYPTION_ALLOW_DEVELOPMENT_KEY=false)");
        }
        if ("dev".equals(environment.getProperty("hockeyhub.medical.encryption.active-key-id"))) {
            problems.add("hockeyhub.medical.encryption.active-key-id is the committed development key 'dev' "
                    + "(set MEDICAL_ENCRYPTION_ACTIVE_KEY_ID and its HOCKEYHUB_MEDICAL_ENCRYPTION_KEYS_<ID>)");
        }
        if (environment.containsProperty("hockeyhub.security.jwt.private-key")
                && isBlank(environment.getProperty("hockeyhub.security.jwt.private-key"))) {
            problems.add("hockeyhub.security.jwt.private-key is empty: tokens would be signed with a key generated "
                    + "at start-up (set JWT_PRIVATE_KEY)");
        }
        if ("hockeyhub".equals(environment.getProperty("spring.datasource.password"))) {
            problems.add("spring.datasource.password is the development password (set DB_PASSWORD)");
        }
        return problems;
    }

    private static boolean isDevSecret(String value) {
        return value != null && value.trim().startsWith(DEV_SECRET_PREFIX);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** {@code calendar-service} → {@code CALENDAR}, as user-service's application.yml names the variables. */
    private static String client(String clientId) {
        String name = clientId.endsWith("-service") ? clientId.substring(0, clientId.length() - "-service".length())
                : clientId;
        return name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
