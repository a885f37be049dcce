package com.hockeyhub.training.seed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.training.TrainingApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTrainingSeedTest extends TrainingApiTestBase {

    @Autowired
    TransactionTemplate transactions;

    /**
     * Monday 30 November 2026, 08:00 in Helsinki: none of this week's sessions is over yet, so the logged executions
     * are last week's (a seed of this week alone had none before Monday evening, and the rival-club walk of the system
     * tests found no execution to aim at).
     */
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);

    @Test
    void theDemoClubsTrainingConverges() {
        DemoTrainingSeed seed = new DemoTrainingSeed(jdbc, transactions, MONDAY_MORNING);
        seed.run(new DefaultApplicationArguments());
        String rows = "SELECT (SELECT count(*) FROM exercises WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM planned_exercises WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM assignments WHERE organization_id = ?)";
        int first = count(rows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION);
        String newRows = "SELECT (SELECT count(*) FROM physical_tests WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM physical_test_results WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM equipment_items WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM equipment_reservations WHERE organization_id = ?)";
        int firstNew = count(newRows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION,
                DemoClub.ORGANIZATION);
        seed.run(new DefaultApplicationArguments());
        assertThat(count(rows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION))
                .isEqualTo(first).isEqualTo(60 + 6 * (2 + 5 * 6) + 3 + 6 * 3);
        assertThat(count(newRows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION,
                DemoClub.ORGANIZATION)).isEqualTo(firstNew).isEqualTo(4 + 24 + 5 + 1);
        String executions = "SELECT (SELECT count(*) FROM workout_executions WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM execution_sets WHERE organization_id = ?)";
        int logged = count(executions, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION);
        // last week's three U18 AAA sessions, three players each, two exercises' sets (4 + 3) per execution
        assertThat(logged).isEqualTo(3 * 3 * (1 + 4 + 3));
        seed.run(new DefaultApplicationArguments());
        assertThat(count(executions, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION)).isEqualTo(logged);
        assertThat(count("SELECT count(*) FROM workout_executions WHERE organization_id = ?", DemoClub.ORGANIZATION))
                .isEqualTo(count("SELECT count(*) FROM assignments WHERE organization_id = ? AND status = 'completed'",
                        DemoClub.ORGANIZATION));
        assertThat(count("SELECT count(*) FROM workout_sessions WHERE organization_id = ? AND team_id = ?",
                DemoClub.ORGANIZATION, DemoClub.TEAMS.get(4))).isEqualTo(6);
        // U18 AAA's assigned sessions were given to the team: players who join it get them
        assertThat(count("SELECT count(*) FROM session_audiences a JOIN workout_sessions s ON s.id = a.session_id "
                + "WHERE s.organization_id = ? AND s.team_id = ? AND a.position = '*'", DemoClub.ORGANIZATION,
                DemoClub.TEAM_U18_AAA)).isEqualTo(7);
        assertThat(count("SELECT count(*) FROM equipment_reservations r JOIN workout_sessions s ON s.id = "
                + "r.session_id WHERE r.organization_id = ? AND r.starts_at = s.starts_at", DemoClub.ORGANIZATION))
                .isEqualTo(1);
    }
}
