package com.hockeyhub.user.events;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import com.hockeyhub.shared.api.user.UserEvents;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer of every user-service event, as another service would be (a durable JetStream consumer per type,
 * through the inbox): it records the envelopes it received, so tests see exactly what went over the bus.
 */
@Component
public class RecordedEvents {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ConcurrentLinkedQueue<EventEnvelope> received = new ConcurrentLinkedQueue<>();
    private final JsonMapper json;

    public RecordedEvents(JsonMapper json) {
        this.json = json;
    }

    @EventHandler(type = EventTypes.USER_CREATED, name = "test-user-created")
    void userCreated(UserEvents.UserChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.USER_UPDATED, name = "test-user-updated")
    void userUpdated(UserEvents.UserChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.USER_DELETED, name = "test-user-deleted")
    void userDeleted(UserEvents.UserDeleted data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.USER_ROLE_CHANGED, name = "test-user-role-changed")
    void userRoleChanged(UserEvents.UserChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.USER_ACTIVATED, name = "test-user-activated")
    void userActivated(UserEvents.UserChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.USER_DEACTIVATED, name = "test-user-deactivated")
    void userDeactivated(UserEvents.UserChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.ORGANIZATION_CREATED, name = "test-organization-created")
    void organizationCreated(UserEvents.OrganizationChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.ORGANIZATION_UPDATED, name = "test-organization-updated")
    void organizationUpdated(UserEvents.OrganizationChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.ORGANIZATION_DELETED, name = "test-organization-deleted")
    void organizationDeleted(UserEvents.OrganizationChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.TEAM_CREATED, name = "test-team-created")
    void teamCreated(UserEvents.TeamChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.TEAM_UPDATED, name = "test-team-updated")
    void teamUpdated(UserEvents.TeamChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.TEAM_DELETED, name = "test-team-deleted")
    void teamDeleted(UserEvents.TeamChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ADDED, name = "test-team-member-added")
    void memberAdded(UserEvents.TeamMemberChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_REMOVED, name = "test-team-member-removed")
    void memberRemoved(UserEvents.TeamMemberChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.TEAM_MEMBER_ROLE_CHANGED, name = "test-team-member-role-changed")
    void memberRoleChanged(UserEvents.TeamMemberChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.FAMILY_LINK_CREATED, name = "test-family-link-created")
    void linkCreated(UserEvents.FamilyLinkChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    @EventHandler(type = EventTypes.FAMILY_LINK_REMOVED, name = "test-family-link-removed")
    void linkRemoved(UserEvents.FamilyLinkChanged data, EventEnvelope envelope) {
        received.add(envelope);
    }

    /** The payloads of {@code type} received so far that match. */
    public <T> List<T> of(String type, Class<T> payload, Predicate<T> matching) {
        return received.stream().filter(e -> e.type().equals(type))
                .map(e -> json.treeToValue(e.data(), payload)).filter(matching).toList();
    }

    /** The payloads of {@code type} that match, once there are at least {@code count} (waiting up to 30 s). */
    public <T> List<T> awaitCount(String type, Class<T> payload, Predicate<T> matching, int count) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        List<T> found = of(type, payload, matching);
        while (found.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Only " + found.size() + " of " + count + " matching " + type
                        + " events arrived within " + TIMEOUT);
            }
            pause(type);
            found = of(type, payload, matching);
        }
        return found;
    }

    /** The first envelope of {@code type} whose payload matches, waiting for it up to 30 s. */
    public <T> Received<T> await(String type, Class<T> payload, Predicate<T> matching) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Optional<Received<T>> found = received.stream().filter(e -> e.type().equals(type))
                    .map(e -> new Received<>(e, json.treeToValue(e.data(), payload)))
                    .filter(r -> matching.test(r.data())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No " + type + " event matching the expectation arrived within " + TIMEOUT);
            }
            pause(type);
        }
    }

    private static void pause(String type) {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + type, e);
        }
    }

    public record Received<T>(EventEnvelope envelope, T data) {
    }
}
