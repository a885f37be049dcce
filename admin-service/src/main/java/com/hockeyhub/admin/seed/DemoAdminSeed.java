package com.hockeyhub.admin.seed;

import com.hockeyhub.admin.setting.SettingScope;
import com.hockeyhub.admin.setting.SettingService;
import com.hockeyhub.shared.demo.DemoClub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo club's configuration (seed profile): Finnish time, reminders 90 minutes ahead for the club and two hours
 * for U18 AAA's away trips (and no chat there), the head coach's own 30 minutes, chat, season fees and workload
 * alerts on, quiet hours from 21:30 for the youngest team. Only what is missing
 * is written, so a second run changes nothing.
 */
@Component
@Profile("seed")
@Order(20)
class DemoAdminSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAdminSeed.class);

    private final SettingService settings;

    DemoAdminSeed(SettingService settings) {
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        var club = DemoClub.ORGANIZATION;
        int written = 0;
        written += count(settings.ensure(club, SettingScope.ORGANIZATION, club, "club.timezone",
                StringNode.valueOf("Europe/Helsinki")));
        written += count(settings.ensure(club, SettingScope.ORGANIZATION, club, "calendar.reminder_minutes",
                IntNode.valueOf(90)));
        written += count(settings.ensure(club, SettingScope.ORGANIZATION, club, "features.workload_alerts",
                BooleanNode.TRUE));
        written += count(settings.ensure(club, SettingScope.TEAM, DemoClub.TEAM_U18_AAA, "calendar.reminder_minutes",
                IntNode.valueOf(120)));
        written += count(settings.ensure(club, SettingScope.TEAM, DemoClub.TEAMS.get(0), "notifications.quiet_hours",
                JsonMapper.shared().readTree("{\"from\":\"21:30\",\"to\":\"07:00\"}")));
        written += count(settings.ensure(club, SettingScope.ORGANIZATION, club, "features.chat", BooleanNode.TRUE));
        written += count(settings.ensure(club, SettingScope.ORGANIZATION, club, "features.season_fees",
                BooleanNode.TRUE));
        // every scope in the demo: the head coach wants reminders only 30 minutes ahead, and no chat for U18 AAA
        written += count(settings.ensure(club, SettingScope.USER, DemoClub.COACH, "calendar.reminder_minutes",
                IntNode.valueOf(30)));
        written += count(settings.ensure(club, SettingScope.TEAM, DemoClub.TEAM_U18_AAA, "features.chat",
                BooleanNode.FALSE));
        log.info("Demo club configuration: {} value(s) written", written);
    }

    private static int count(boolean written) {
        return written ? 1 : 0;
    }
}
