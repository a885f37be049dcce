package com.hockeyhub.shared.test;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A real SMTP server (GreenMail) on a free port for the whole test JVM; every test context sends its mail there.
 * Tests read what arrived through {@link #server()}. A service whose tests send mail registers
 * {@code com.hockeyhub.shared.test.TestMail$CustomizerFactory} in its test {@code META-INF/spring.factories} and has
 * GreenMail as a test dependency (shared-lib does not register it: most services send no mail).
 */
public final class TestMail {

    private static final GreenMail SERVER = start();

    private TestMail() {
    }

    public static GreenMail server() {
        return SERVER;
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        return server;
    }

    public static class CustomizerFactory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("greenMail", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", SERVER.getSmtp().getPort(),
                    "spring.mail.username", "",
                    "spring.mail.password", "")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
