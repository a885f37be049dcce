package com.hockeyhub.communication.seed;

import com.hockeyhub.communication.CommunicationApiTestBase;
import com.hockeyhub.shared.demo.DemoClub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommunicationSeedTest extends CommunicationApiTestBase {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDemoClubsConversationsConverge() {
        DemoCommunicationSeed seed = new DemoCommunicationSeed(jdbc, transactions);
        seed.run(new DefaultApplicationArguments());
        String rows = "SELECT (SELECT count(*) FROM conversations WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM conversation_participants WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM messages WHERE organization_id = ?)";
        int first = count(rows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION);
        seed.run(new DefaultApplicationArguments());
        assertThat(count(rows, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION))
                .isEqualTo(first).isEqualTo(4 + 10 + 10);
        String others = "SELECT (SELECT count(*) FROM notifications WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM alerts WHERE organization_id = ? AND status = 'acknowledged') "
                + "+ (SELECT count(*) FROM alert_audit WHERE organization_id = ?) "
                + "+ (SELECT count(*) FROM broadcast_recipients WHERE organization_id = ? AND acknowledged_at IS NOT NULL)";
        assertThat(count(others, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION, DemoClub.ORGANIZATION,
                DemoClub.ORGANIZATION)).isEqualTo(4 + 1 + 2 + 1);
    }
}
