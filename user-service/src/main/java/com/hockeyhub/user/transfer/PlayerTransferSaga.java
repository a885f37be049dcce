package com.hockeyhub.user.transfer;

import java.time.Duration;

import com.hockeyhub.shared.api.medical.TransferClearanceDto;
import com.hockeyhub.shared.api.user.TransferStepRequest;
import com.hockeyhub.shared.client.CalendarServiceClient;
import com.hockeyhub.shared.client.CommunicationServiceClient;
import com.hockeyhub.shared.client.MedicalServiceClient;
import com.hockeyhub.shared.client.TrainingServiceClient;
import com.hockeyhub.shared.retry.Backoff;
import com.hockeyhub.shared.saga.SagaBusinessException;
import com.hockeyhub.shared.saga.SagaContext;
import com.hockeyhub.shared.saga.SagaDefinition;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.user.team.TeamRequests;
import com.hockeyhub.user.team.TeamRole;
import com.hockeyhub.user.team.TeamService;
import com.hockeyhub.user.user.Position;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static com.hockeyhub.shared.saga.RemoteRefusal.asBusinessFailure;

/**
 * PlayerTransferSaga (architecture.md "Sagas"): validate → medical clearance (an active severe injury refuses it,
 * with the reason) → onto the new team (before leaving the old one, so the player is never on no team) → off the old
 * team → training-service moves open assignments → calendar-service moves upcoming participation → notices to the
 * player, parents and both teams' staff (last). A refusal or failure leaves the player exactly where they were.
 */
@Configuration(proxyBeanMethods = false)
class PlayerTransferSaga {

    static final String NAME = "player-transfer";
    private static final Backoff REMOTE_BACKOFF = Backoff.exponential(Duration.ofMillis(500));

    @Bean
    SagaDefinition<TransferData> playerTransfer(TeamService teams, MedicalServiceClient medical,
            TrainingServiceClient training, CalendarServiceClient calendar, CommunicationServiceClient communication) {
        return SagaDefinition.named(NAME, TransferData.class).version(1)
                .step("validate")
                .action(ctx -> {
                    TransferData d = ctx.data();
                    if (teams.activeMember(d.fromTeamId(), d.playerId()).isEmpty()
                            && teams.activeMember(d.toTeamId(), d.playerId()).isEmpty()) {
                        throw new SagaBusinessException("The player is not on the team they would leave");
                    }
                    if (teams.jerseyTaken(d.toTeamId(), d.jerseyNumber(), d.playerId())) {
                        throw new SagaBusinessException("Jersey " + d.jerseyNumber() + " is taken on the new team");
                    }
                })
                .step("medical-clearance").remote()
                .action(asBusinessFailure(ctx -> {
                    TransferClearanceDto clearance = medical.transferClearance(ctx.data().playerId());
                    if (!clearance.cleared()) {
                        throw new SagaBusinessException("Medical clearance refused: "
                                + String.join("; ", clearance.blockers()));
                    }
                }))
                .retries(4, REMOTE_BACKOFF).timeout(Duration.ofSeconds(10))
                .step("add-to-new-team")
                .action(ctx -> {
                    TransferData d = ctx.data();
                    if (teams.activeMember(d.toTeamId(), d.playerId()).isEmpty()) {
                        teams.addMember(teams.require(d.toTeamId()), new TeamRequests.AddMember(d.playerId(),
                                ApiEnums.parse(TeamRole.class, d.teamRole()), d.jerseyNumber(),
                                d.previousPosition() == null ? null : ApiEnums.parse(Position.class,
                                        d.previousPosition())));
                    }
                })
                .compensation(ctx -> {
                    TransferData d = ctx.data();
                    if (teams.activeMember(d.toTeamId(), d.playerId()).isPresent()) {
                        teams.removeMember(d.toTeamId(), d.playerId());
                    }
                })
                .step("remove-from-old-team")
                .action(ctx -> {
                    TransferData d = ctx.data();
                    if (teams.activeMember(d.fromTeamId(), d.playerId()).isPresent()) {
                        teams.removeMember(d.fromTeamId(), d.playerId());
                    }
                })
                .compensation(ctx -> {
                    TransferData d = ctx.data();
                    if (teams.activeMember(d.fromTeamId(), d.playerId()).isEmpty()) {
                        teams.addMember(teams.require(d.fromTeamId()), new TeamRequests.AddMember(d.playerId(),
                                ApiEnums.parse(TeamRole.class, d.previousRole()), d.previousJersey(),
                                d.previousPosition() == null ? null : ApiEnums.parse(Position.class,
                                        d.previousPosition())));
                    }
                })
                .step("move-assignments").remote()
                .action(asBusinessFailure(ctx -> training.moveAssignments(ctx.idempotencyKey(), step(ctx))))
                .compensation(ctx -> training.revertAssignments(ctx.idempotencyKey(), ctx.sagaId()))
                .retries(4, REMOTE_BACKOFF).timeout(Duration.ofSeconds(10)).compensationRetries(6, REMOTE_BACKOFF)
                .step("move-participation").remote()
                .action(asBusinessFailure(ctx -> calendar.moveParticipation(ctx.idempotencyKey(), step(ctx))))
                .compensation(ctx -> calendar.revertParticipation(ctx.idempotencyKey(), ctx.sagaId()))
                .retries(4, REMOTE_BACKOFF).timeout(Duration.ofSeconds(10)).compensationRetries(6, REMOTE_BACKOFF)
                .step("notify").remote()
                .action(asBusinessFailure(ctx -> communication.transferNotice(ctx.idempotencyKey(), step(ctx))))
                .retries(6, REMOTE_BACKOFF).timeout(Duration.ofSeconds(10))
                .nonCompensable()
                .build();
    }

    private static TransferStepRequest step(SagaContext<TransferData> ctx) {
        TransferData d = ctx.data();
        return new TransferStepRequest(ctx.sagaId(), d.organizationId(), d.playerId(), d.fromTeamId(), d.toTeamId(),
                d.organizationId());
    }
}
