package com.hockeyhub.communication.sagastep;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.communication.conversation.ConversationService;
import com.hockeyhub.communication.notification.NotificationService;
import com.hockeyhub.communication.notification.Priority;
import com.hockeyhub.shared.api.communication.WelcomeDto;
import com.hockeyhub.shared.api.communication.WelcomeRequest;
import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.api.user.TransferStepResult;
import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.idempotency.IdempotencyStore;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.roster.RosterMember;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * communication-service's part in user-service's sagas, the last step of each (not compensable): the welcome of a
 * new club (its club-wide conversation and a notification to its admin), and the notices of a player transfer (the
 * player, their parents and both teams' staff). Idempotent by the step's key, and by source per person.
 */
@Service
class SagaSteps {

    static final String WELCOME = "communication.welcome";
    static final String TRANSFER = "communication.transfer-notice";

    private final ConversationService conversations;
    private final NotificationService notifications;
    private final IdempotencyStore idempotency;
    private final Roster roster;
    private final JdbcTemplate jdbc;

    SagaSteps(ConversationService conversations, NotificationService notifications, IdempotencyStore idempotency,
            Roster roster, JdbcTemplate jdbc) {
        this.conversations = conversations;
        this.notifications = notifications;
        this.idempotency = idempotency;
        this.roster = roster;
        this.jdbc = jdbc;
    }

    WelcomeDto welcome(IdempotencyKey key, WelcomeRequest request) {
        requireKey(key);
        return idempotency.execute(WELCOME, key, request, WelcomeDto.class, () -> {
            UUID conversation = conversations.clubConversation(request.organizationId(), request.organizationName(),
                    request.adminUserId());
            String source = "welcome:" + request.organizationId();
            notifications.notify(request.organizationId(), List.of(request.adminUserId()),
                    new NotificationService.Notice("club.welcome", Priority.NORMAL,
                            "Welcome to Hockey Hub, " + request.organizationName(),
                            "Add your teams and invite coaches, players and parents; the club-wide conversation "
                                    + "is ready.", "/conversations/" + conversation), source);
            UUID notification = jdbc.queryForObject("SELECT id FROM notifications WHERE user_id = ? AND source_key = ?",
                    UUID.class, request.adminUserId(), source);
            return new WelcomeDto(request.organizationId(), conversation, notification);
        });
    }

    TransferStepResult transferNotice(IdempotencyKey key, TransferStepRequest request) {
        requireKey(key);
        return idempotency.execute(TRANSFER, key, request, TransferStepResult.class, () -> {
            Set<UUID> people = new LinkedHashSet<>();
            people.add(request.playerId());
            people.addAll(roster.parentsOf(request.playerId()));
            for (UUID team : List.of(request.fromTeamId(), request.toTeamId())) {
                roster.members(team).stream().filter(m -> !"player".equals(m.teamRole())).map(RosterMember::userId)
                        .forEach(people::add);
            }
            String to = roster.team(request.toTeamId()).map(t -> t.name()).orElse("a new team");
            String player = roster.person(request.playerId()).map(p -> p.firstName() + " " + p.lastName())
                    .orElse("A player");
            int notified = notifications.notify(request.toOrganizationId(), people, new NotificationService.Notice(
                    "user.transfer", Priority.NORMAL, player + " moves to " + to, null,
                    "/teams/" + request.toTeamId()), "transfer:" + request.transferId());
            return new TransferStepResult(request.transferId(), notified, 0);
        });
    }

    private static void requireKey(IdempotencyKey key) {
        if (key == null) {
            throw new InvalidRequestException(IdempotencyKey.HEADER, "is required (the saga step's key)");
        }
    }
}
