package com.hockeyhub.statistics.workload;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.statistics.support.CsvWriter;
import com.hockeyhub.statistics.workload.WorkloadService.PlayerWorkload;
import com.hockeyhub.statistics.workload.WorkloadService.TeamRisk;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workload")
@Tag(name = "Workload", description = "Training load from completed workouts: acute (7-day) and chronic (28-day) "
        + "load, their ratio and risk band (low < 0.8 ≤ normal ≤ 1.3 < high ≤ 1.5 < critical)")
class WorkloadController {

    private final WorkloadService workloads;

    WorkloadController(WorkloadService workloads) {
        this.workloads = workloads;
    }

    @GetMapping("/players/{playerId}")
    @Operation(summary = "A player's workload today and their entries (default: the last 28 days; at most the "
            + "configured range) — the player, their parents, coaching, physical-training and medical staff")
    PlayerWorkload player(CurrentUser user, @PathVariable UUID playerId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return workloads.player(user, playerId, from, to);
    }

    @GetMapping(value = "/players/{playerId}", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "A player's workload entries as CSV, streamed")
    void playerCsv(CurrentUser user, @PathVariable UUID playerId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, HttpServletResponse response) {
        workloads.exportCsv(user, playerId, from, to, () -> CsvWriter.to(response, "workload-" + playerId));
    }

    @GetMapping("/teams/{teamId}/risk")
    @Operation(summary = "A team's players by workload risk, highest ratio first, with counts per band "
            + "(coaching, physical-training and medical staff, club admins)")
    TeamRisk team(CurrentUser user, @PathVariable UUID teamId) {
        return workloads.team(user, teamId);
    }

    @GetMapping(value = "/teams/{teamId}/risk", produces = CsvWriter.MEDIA_TYPE)
    @Operation(summary = "The team's risk overview as CSV")
    void teamCsv(CurrentUser user, @PathVariable UUID teamId, HttpServletResponse response) {
        TeamRisk risk = workloads.team(user, teamId);
        CsvWriter out = CsvWriter.to(response, "workload-risk-" + teamId);
        out.row("player_id", "name", "as_of", "acute_load", "chronic_load", "ratio", "band");
        risk.players().forEach(s -> out.row(s.playerId(), s.name(), s.asOf(), s.acuteLoad(), s.chronicLoad(),
                s.ratio(), s.band().value()));
        out.flush();
    }
}
