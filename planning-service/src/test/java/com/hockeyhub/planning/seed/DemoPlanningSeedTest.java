package com.hockeyhub.planning.seed;

import com.hockeyhub.planning.PlanningApiTestBase;
import com.hockeyhub.shared.demo.DemoClub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPlanningSeedTest extends PlanningApiTestBase {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemoClubsPlanningConverges() {
        DemoPlanningSeed seed = new DemoPlanningSeed(jdbc, transactions);
        seed.run(new DefaultApplicationArguments());
        String rows = "SELECT (SELECT count(*) FROM drills WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM season_plans WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM plan_phases WHERE organization_id = ?)";
        int first = count(rows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION);
        seed.run(new DefaultApplicationArguments());
        assertThat(count(rows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION))
                .isEqualTo(first).isEqualTo(6 + 1 + 6);
    }
}
