package com.hockeyhub.training.seed;

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

    @Test
    void theDemoClubsTrainingConverges() {
        DemoTrainingSeed seed = new DemoTrainingSeed(jdbc, transactions);
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
                .isEqualTo(first).isEqualTo(60 + 6 * (2 + 5 * 3) + 3 + 3 * 3);
        assertThat(count(newRows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION,
                DemoClub.ORGANIZATION)).isEqualTo(firstNew).isEqualTo(4 + 24 + 5 + 1);
        String executions = "SELECT (SELECT count(*) FROM workout_executions WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM execution_sets WHERE organization_id = ?)";
        int logged = count(executions, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION);
        seed.run(new DefaultApplicationArguments());
        assertThat(count(executions, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION)).isEqualTo(logged);
        assertThat(count("SELECT count(*) FROM workout_executions WHERE organization_id = ?", DemoClub.ORGANIZATION))
                .isEqualTo(count("SELECT count(*) FROM assignments WHERE organization_id = ? AND status = 'completed'",
                        DemoClub.ORGANIZATION));
        assertThat(count("SELECT count(*) FROM workout_sessions WHERE organization_id = ? AND team_id = ?",
                DemoClub.ORGANIZATION, DemoClub.TEAMS.get(4))).isEqualTo(3);
        // U18 AAA's assigned sessions were given to the team: players who join it get them
        assertThat(count("SELECT count(*) FROM session_audiences a JOIN workout_sessions s ON s.id = a.session_id "
                + "WHERE s.organization_id = ? AND s.team_id = ? AND a.position = '*'", DemoClub.ORGANIZATION,
                DemoClub.TEAM_U18_AAA)).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM equipment_reservations r JOIN workout_sessions s ON s.id = "
                + "r.session_id WHERE r.organization_id = ? AND r.starts_at = s.starts_at", DemoClub.ORGANIZATION))
                .isEqualTo(1);
    }
}
