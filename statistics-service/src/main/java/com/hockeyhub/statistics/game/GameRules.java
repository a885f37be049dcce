package com.hockeyhub.statistics.game;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.statistics.game.GameRequests.PlayerLine;
import com.hockeyhub.statistics.game.GameRequests.Result;

/**
 * The rules a result must meet before anything is written (pure; no lookups):
 * <ul>
 *   <li>a tie only after regulation and only where the division has ties (422 otherwise); a game decided in overtime
 *       or by a shootout is won by exactly one goal;</li>
 *   <li>per player: goals ≤ shots, faceoffs won ≤ taken, saves ≤ shots against (goalies only), time on ice within
 *       the game's length (regulation, plus overtime when played), assists ≤ the side's goals not scored by the
 *       player; each player once;</li>
 *   <li>per side with lines: the players' goals add up to the side's score (less the shootout-winning goal, which
 *       no player is credited with), and at most two assists per goal.</li>
 * </ul>
 * Impossible numbers are 400s naming the field; a result the division's rules do not allow is a 422.
 */
public record GameRules(boolean tiesAllowed, int regulationSeconds, int overtimeSeconds) {

    public void check(Result result) {
        int home = result.homeScore();
        int away = result.awayScore();
        GameDecision decision = result.decision();
        if (home == away) {
            if (decision != GameDecision.REGULATION) {
                throw new InvalidRequestException("decision", "a game decided in overtime or by a shootout has a "
                        + "winner: the scores cannot be equal");
            }
            if (!tiesAllowed) {
                throw new BusinessRuleException("The division has no ties: record the overtime or shootout winner");
            }
        } else if (decision != GameDecision.REGULATION && Math.abs(home - away) != 1) {
            throw new InvalidRequestException("decision", "a game decided in overtime or by a shootout is won by "
                    + "exactly one goal");
        }
        if (result.homeShots() != null && result.homeShots() < home - shootoutGoal(result, Side.HOME)) {
            throw new InvalidRequestException("homeShots", "must not be fewer than the home goals");
        }
        if (result.awayShots() != null && result.awayShots() < away - shootoutGoal(result, Side.AWAY)) {
            throw new InvalidRequestException("awayShots", "must not be fewer than the away goals");
        }
        int length = regulationSeconds + (decision == GameDecision.REGULATION ? 0 : overtimeSeconds);
        List<PlayerLine> players = result.players();
        Set<UUID> seen = new HashSet<>();
        int[] goals = new int[2];
        int[] assists = new int[2];
        boolean[] lines = new boolean[2];
        for (int i = 0; i < players.size(); i++) {
            PlayerLine line = players.get(i);
            String field = "players[" + i + "]";
            if (!seen.add(line.playerId())) {
                throw new InvalidRequestException(field + ".playerId", "is listed twice");
            }
            if (line.goals() > line.shots()) {
                throw new InvalidRequestException(field + ".goals", "must not exceed shots (" + line.shots() + ")");
            }
            if (line.faceoffsWon() > line.faceoffsTaken()) {
                throw new InvalidRequestException(field + ".faceoffsWon", "must not exceed faceoffsTaken");
            }
            if (line.toiSeconds() > length) {
                throw new InvalidRequestException(field + ".toiSeconds", "must not exceed the game's length ("
                        + length + " s)");
            }
            if (!line.goalie() && (line.saves() > 0 || line.shotsAgainst() > 0)) {
                throw new InvalidRequestException(field + ".saves", "saves and shots against are for goalies only");
            }
            if (line.saves() > line.shotsAgainst()) {
                throw new InvalidRequestException(field + ".saves", "must not exceed shotsAgainst");
            }
            int side = line.side().ordinal();
            goals[side] += line.goals();
            assists[side] += line.assists();
            lines[side] = true;
        }
        for (Side side : Side.values()) {
            if (!lines[side.ordinal()]) {
                continue;
            }
            int score = (side == Side.HOME ? home : away) - shootoutGoal(result, side);
            String field = side == Side.HOME ? "homeScore" : "awayScore";
            if (goals[side.ordinal()] != score) {
                throw new InvalidRequestException(field, "must equal the sum of the " + side.value()
                        + " players' goals (" + goals[side.ordinal()] + (score != (side == Side.HOME ? home : away)
                        ? " plus the shootout-winning goal" : "") + ")");
            }
            if (assists[side.ordinal()] > 2 * goals[side.ordinal()]) {
                throw new InvalidRequestException("players", "at most two assists per goal: the " + side.value()
                        + " players have " + assists[side.ordinal()] + " assists on " + goals[side.ordinal()]
                        + " goals");
            }
        }
        for (int i = 0; i < players.size(); i++) {
            PlayerLine line = players.get(i);
            if (line.assists() > goals[line.side().ordinal()] - line.goals()) {
                throw new InvalidRequestException("players[" + i + "].assists", "a player assists only on "
                        + "teammates' goals: at most " + (goals[line.side().ordinal()] - line.goals()));
            }
        }
    }

    /** 1 for the winner of a shootout (its extra goal has no scorer), else 0. */
    static int shootoutGoal(Result result, Side side) {
        if (result.decision() != GameDecision.SHOOTOUT) {
            return 0;
        }
        boolean homeWon = result.homeScore() > result.awayScore();
        return (side == Side.HOME) == homeWon ? 1 : 0;
    }
}
