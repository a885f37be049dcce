package com.hockeyhub.shared.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority of a test's own making (openssl, EC P-256, valid two days) and a server certificate it
 * signed for 127.0.0.1 only — no host name — plus a second, unrelated authority that stands for a forged one.
 * Files in {@code dir}: {@code ca.crt}, {@code forged-ca.crt}, {@code server.crt}, {@code server.key}.
 */
public record TestCertificates(Path dir) {

    public static TestCertificates create(Path dir) {
        TestCertificates certs = new TestCertificates(dir);
        try {
            Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1\n");
            for (String ca : List.of("ca", "forged-ca")) {
                certs.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-keyout", ca + ".key", "-out", ca + ".crt", "-days", "2", "-subj", "/CN=hockeyhub test " + ca);
            }
            certs.openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=hockeyhub test server");
            certs.openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                    "-CAcreateserial", "-out", "server.crt", "-days", "2", "-extfile", "server.ext");
            Files.setPosixFilePermissions(dir.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
            for (String readable : List.of("ca.crt", "forged-ca.crt", "server.crt")) {
                Files.setPosixFilePermissions(dir.resolve(readable), PosixFilePermissions.fromString("rw-r--r--"));
            }
            return certs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The authority that signed the server's certificate. */
    public Path ca() {
        return dir.resolve("ca.crt");
    }

    /** An authority the server's certificate has nothing to do with. */
    public Path forgedCa() {
        return dir.resolve("forged-ca.crt");
    }

    public Path serverCertificate() {
        return dir.resolve("server.crt");
    }

    public Path serverKey() {
        return dir.resolve("server.key");
    }

    /** A PKCS#12 trust store holding just {@code caCertificate}, for clients configured with a trust store. */
    public Path truststore(Path caCertificate, String password) {
        Path store = dir.resolve(caCertificate.getFileName() + ".p12");
        if (Files.exists(store)) {
            return store;
        }
        run(List.of("keytool", "-importcert", "-noprompt", "-storetype", "PKCS12", "-alias", "ca", "-file",
                caCertificate.toString(), "-keystore", store.toString(), "-storepass", password));
        return store;
    }

    private void openssl(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        run(command);
    }

    private void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
