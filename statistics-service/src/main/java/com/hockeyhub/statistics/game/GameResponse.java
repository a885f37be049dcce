package com.hockeyhub.statistics.game;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.statistics.division.DivisionTeam;
import com.hockeyhub.statistics.game.GameService.RecordedGame;

/** A recorded game with each side's result and the club players' lines. */
public record GameResponse(UUID id, UUID divisionId, String season, Instant playedAt, Participant home,
                           Participant away, int homeScore, int awayScore, GameDecision decision, Integer homeShots,
                           Integer awayShots, List<StatLine> players, boolean replaced, long version) {

    /** A side: the division participant, the club's team behind it (if any) and its result. */
    public record Participant(UUID id, String name, UUID teamId, String result) {

        static Participant of(DivisionTeam team, int goalsFor, int goalsAgainst, GameDecision decision) {
            String result = goalsFor > goalsAgainst ? "win" : goalsFor == goalsAgainst ? "tie"
                    : decision == GameDecision.REGULATION ? "loss" : "overtime_loss";
            return new Participant(team.getId(), team.getName(), team.getTeamId(), result);
        }
    }

    public static GameResponse of(RecordedGame recorded) {
        Game g = recorded.game();
        return new GameResponse(g.getId(), g.getDivisionId(), g.getSeason(), g.getPlayedAt(),
                Participant.of(recorded.home(), g.getHomeScore(), g.getAwayScore(), g.getDecision()),
                Participant.of(recorded.away(), g.getAwayScore(), g.getHomeScore(), g.getDecision()),
                g.getHomeScore(), g.getAwayScore(), g.getDecision(), g.getHomeShots(), g.getAwayShots(),
                recorded.lines(), recorded.replaced(), g.getVersion());
    }
}
