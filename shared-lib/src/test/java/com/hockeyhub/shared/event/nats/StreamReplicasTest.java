package com.hockeyhub.shared.event.nats;

import java.time.Duration;
import java.util.UUID;

import com.hockeyhub.shared.event.EventProperties;
import com.hockeyhub.shared.test.TestInfrastructure;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22: the streams' replica count comes from hockeyhub.events.stream-replicas (3 on the clustered NATS). */
class StreamReplicasTest {

    @Test
    void theStreamsAreCreatedWithTheConfiguredReplicasAndTheServerIsAskedForExactlyThat() throws Exception {
        Options options = Options.builder().server(TestInfrastructure.get().natsUrl())
                .connectionTimeout(Duration.ofSeconds(3)).build();
        try (Connection connection = Nats.connect(options)) {
            JetStreamManagement jsm = connection.jetStreamManagement();
            EventProperties single = properties("R1");
            assertThat(single.getStreamReplicas()).isEqualTo(1);
            try {
                assertThat(new JetStreamSetup(connection, single).ensureStreams()).isTrue();
                assertThat(jsm.getStreamInfo(single.getStream()).getConfiguration().getReplicas()).isEqualTo(1);
                assertThat(jsm.getStreamInfo(single.getDlqStream()).getConfiguration().getReplicas()).isEqualTo(1);

                // the local nats-server is not clustered: it refuses three copies, which proves the setting is sent
                EventProperties three = properties("R3");
                three.setStreamReplicas(3);
                assertThat(new JetStreamSetup(connection, three).ensureStreams()).isFalse();
                assertThat(jsm.getStreamNames()).doesNotContain(three.getStream());
            } finally {
                for (String name : new String[] {single.getStream(), single.getDlqStream()}) {
                    try {
                        jsm.deleteStream(name);
                    } catch (Exception ignored) {
                        // already gone
                    }
                }
            }
        }
    }

    private static EventProperties properties(String tag) {
        String id = "HH_TEST_REPLICAS_" + tag + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        EventProperties properties = new EventProperties();
        properties.setStream(id);
        properties.setDlqStream(id + "_DLQ");
        properties.setSubjectPrefix("hhtest." + id.toLowerCase() + ".events");
        properties.setDlqPrefix("hhtest." + id.toLowerCase() + ".dlq");
        properties.setStreamMaxAge(Duration.ofHours(1));
        return properties;
    }
}
