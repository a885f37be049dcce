package com.hockeyhub.statistics.division;

import java.util.List;
import java.util.UUID;

/** A division with its participants. */
public record DivisionResponse(UUID id, String season, String name, boolean tiesAllowed, boolean publicStandings,
                               int periodMinutes, int periods, int overtimeMinutes, List<Participant> teams,
                               long version) {

    public record Participant(UUID id, String name, UUID teamId) {

        static Participant of(DivisionTeam t) {
            return new Participant(t.getId(), t.getName(), t.getTeamId());
        }
    }

    public static DivisionResponse of(Division d, List<DivisionTeam> teams) {
        return new DivisionResponse(d.getId(), d.getSeason(), d.getName(), d.isTiesAllowed(), d.isPublicStandings(),
                d.getPeriodMinutes(), d.getPeriods(), d.getOvertimeMinutes(),
                teams.stream().map(Participant::of).toList(), d.getVersion());
    }
}
