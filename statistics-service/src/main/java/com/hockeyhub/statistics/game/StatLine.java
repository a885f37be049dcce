package com.hockeyhub.statistics.game;

import java.util.UUID;

/** A player's recorded line in a game ({@code teamId}: the club's team they played for). */
public record StatLine(UUID playerId, UUID teamId, int goals, int assists, int points, int plusMinus,
                       int penaltyMinutes, int shots, int hits, int blocks, int faceoffsWon, int faceoffsTaken,
                       int toiSeconds, boolean goalie, int saves, int shotsAgainst) {
}
