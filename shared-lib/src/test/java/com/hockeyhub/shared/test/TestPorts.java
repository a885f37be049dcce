package com.hockeyhub.shared.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A local TCP port that nothing listens on at the moment of asking: for a server a test starts itself, or for a
 * connection a test wants refused. The operating system picks it (port 0), so parallel test JVMs do not collide.
 */
public final class TestPorts {

    private TestPorts() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }
}
