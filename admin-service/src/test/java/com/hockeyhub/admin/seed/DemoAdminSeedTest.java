package com.hockeyhub.admin.seed;

import com.hockeyhub.admin.AdminApiTestBase;
import com.hockeyhub.admin.setting.SettingService;
import com.hockeyhub.shared.demo.DemoClub;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAdminSeedTest extends AdminApiTestBase {

    @Autowired
    SettingService settings;

    @Test
    void theDemoClubsConfigurationConvergesWhateverRanBefore() {
        DemoAdminSeed seed = new DemoAdminSeed(settings);
        seed.run(new DefaultApplicationArguments());
        String counting = "SELECT count(*) FROM club_settings WHERE organization_id = ? AND deleted_at IS NULL";
        int first = count(counting, DemoClub.ORGANIZATION);
        seed.run(new DefaultApplicationArguments());
        assertThat(count(counting, DemoClub.ORGANIZATION)).isEqualTo(first).isGreaterThanOrEqualTo(9);
        assertThat(count("SELECT count(*) FROM club_settings WHERE organization_id = ? AND scope = 'team' "
                + "AND scope_id = ? AND setting_key = 'calendar.reminder_minutes' AND value_json = '120'",
                DemoClub.ORGANIZATION, DemoClub.TEAM_U18_AAA)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM club_settings WHERE organization_id = ? AND scope = 'user' "
                + "AND scope_id = ? AND setting_key = 'calendar.reminder_minutes' AND value_json = '30'",
                DemoClub.ORGANIZATION, DemoClub.COACH)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM club_settings WHERE organization_id = ? AND scope = 'team' "
                + "AND scope_id = ? AND setting_key = 'features.chat' AND value_json = 'false'",
                DemoClub.ORGANIZATION, DemoClub.TEAM_U18_AAA)).isEqualTo(1);
    }
}
