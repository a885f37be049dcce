package com.hockeyhub.shared.event.nats;

import java.io.IOException;
import java.util.List;

import com.hockeyhub.shared.event.EventProperties;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or updates the event stream and the dead-letter stream, idempotently: at start-up and after every
 * reconnect (a server that lost its state gets them back).
 */
public class JetStreamSetup {

    private static final Logger log = LoggerFactory.getLogger(JetStreamSetup.class);
    private static final int STREAM_NOT_FOUND = 10059;

    private final Connection connection;
    private final EventProperties properties;
    private volatile boolean ready;

    public JetStreamSetup(Connection connection, EventProperties properties) {
        this.connection = connection;
        this.properties = properties;
    }

    /** True once both streams exist on the server we are connected to. */
    public boolean isReady() {
        return ready;
    }

    /** Ensures both streams; returns false (logged) when NATS is not reachable right now. */
    public synchronized boolean ensureStreams() {
        if (connection.getStatus() != Connection.Status.CONNECTED) {
            return false;
        }
        try {
            JetStreamManagement jsm = connection.jetStreamManagement();
            ensure(jsm, StreamConfiguration.builder()
                    .name(properties.getStream())
                    .subjects(List.of(properties.getSubjectPrefix() + ".>"))
                    .storageType(StorageType.File)
                    .maxAge(properties.getStreamMaxAge())
                    .duplicateWindow(properties.getDuplicateWindow())
                    .replicas(properties.getStreamReplicas())
                    .description("Hockey Hub domain events")
                    .build());
            ensure(jsm, StreamConfiguration.builder()
                    .name(properties.getDlqStream())
                    .subjects(List.of(properties.getDlqPrefix() + ".>"))
                    .storageType(StorageType.File)
                    .maxAge(properties.getDlqMaxAge())
                    .duplicateWindow(properties.getDuplicateWindow())
                    .replicas(properties.getStreamReplicas())
                    .description("Hockey Hub events that handlers could not process")
                    .build());
            ready = true;
            return true;
        } catch (IOException | JetStreamApiException e) {
            ready = false;
            log.warn("Could not create or update the JetStream streams: {}", e.toString());
            return false;
        }
    }

    private static void ensure(JetStreamManagement jsm, StreamConfiguration wanted)
            throws IOException, JetStreamApiException {
        try {
            jsm.getStreamInfo(wanted.getName());
            jsm.updateStream(wanted);
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != STREAM_NOT_FOUND) {
                throw e;
            }
            try {
                jsm.addStream(wanted);
                log.info("Created JetStream stream {} on {}", wanted.getName(), wanted.getSubjects());
            } catch (JetStreamApiException raced) {
                // another instance created it at the same moment
                jsm.updateStream(wanted);
            }
        }
    }
}
