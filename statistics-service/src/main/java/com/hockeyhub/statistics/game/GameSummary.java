package com.hockeyhub.statistics.game;

import java.time.Instant;
import java.util.UUID;

/** A game in a list: who played whom, when, and the score. */
public record GameSummary(UUID id, UUID divisionId, String season, Instant playedAt, String home, UUID homeTeamId,
                          int homeScore, String away, UUID awayTeamId, int awayScore, String decision) {
}
