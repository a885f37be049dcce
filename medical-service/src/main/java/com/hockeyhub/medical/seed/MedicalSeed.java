package com.hockeyhub.medical.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import com.hockeyhub.medical.injury.Injury;
import com.hockeyhub.medical.injury.InjuryMechanism;
import com.hockeyhub.medical.injury.InjuryRequests.RecoverInjury;
import com.hockeyhub.medical.injury.InjuryRequests.ReportInjury;
import com.hockeyhub.medical.injury.InjuryService;
import com.hockeyhub.medical.injury.InjuryType;
import com.hockeyhub.medical.returntoplay.Phase;
import com.hockeyhub.medical.returntoplay.ReturnToPlayService;
import com.hockeyhub.medical.wellness.WellnessRequest;
import com.hockeyhub.medical.wellness.WellnessService;
import com.hockeyhub.shared.demo.DemoClub;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Profile {@code seed}: the demo club's medical picture, written through the services (so availability, events and
 * encryption behave as in real use), in one transaction, once: a second run finds the data and changes nothing.
 * <ul>
 *   <li>Player 1 (U18 AAA, #17): an active ankle sprain, return to play at light activity.</li>
 *   <li>Player 2 (U18 AAA, #4): a recovered shoulder contusion; two weeks of check-ins, the latest flagged, so on load
 *       management.</li>
 *   <li>Player 3 (U18 AAA, #31): available, two weeks of normal check-ins.</li>
 * </ul>
 */
@Component
@Profile("seed")
class MedicalSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MedicalSeed.class);

    private final InjuryService injuries;
    private final WellnessService wellness;
    private final ReturnToPlayService returnToPlay;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MedicalSeed(InjuryService injuries, WellnessService wellness,
            ReturnToPlayService returnToPlay, TransactionTemplate transaction, Clock clock) {
        this.injuries = injuries;
        this.wellness = wellness;
        this.returnToPlay = returnToPlay;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (wellness.latestOf(DemoClub.PLAYER_3).isPresent()) {
            log.info("Demo club medical data already present; seed skipped");
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        log.info("Seeded the demo club's medical data (3 players, 2 injuries, 42 wellness check-ins)");
    }

    private void seed() {
        CurrentUser staff = new CurrentUser(DemoClub.MEDICAL_STAFF, DemoClub.ORGANIZATION, "medical@demo.hockeyhub.dev",
                Set.of(Role.MEDICAL_STAFF), Set.of(), Set.of());
        LocalDate today = LocalDate.now(clock);

        Injury ankle = injuries.report(staff, new ReportInjury(DemoClub.PLAYER_1, InjuryType.SPRAIN, "ankle",
                InjuryMechanism.CONTACT, today.minusDays(6), 3, today.plusDays(10), true,
                "Lateral ankle sprain, grade II (ATFL)", "Boarded in the corner; swelling, no fracture on X-ray"));
        var protocol = returnToPlay.start(staff, ankle.getId(), today.minusDays(4), "Standard ankle protocol");
        returnToPlay.advance(staff, protocol.protocol().getId(), Phase.LIGHT_ACTIVITY,
                Phase.REST.exitCriteria(), "Pain free at rest, full weight bearing");

        Injury shoulder = injuries.report(staff, new ReportInjury(DemoClub.PLAYER_2, InjuryType.CONTUSION, "shoulder",
                InjuryMechanism.CONTACT, today.minusDays(30), 1, today.minusDays(25), false,
                "Shoulder contusion", "Ice and rest"));
        injuries.recover(staff, shoulder.getId(), new RecoverInjury(today.minusDays(24), null, null));

        for (int day = 13; day >= 0; day--) {
            LocalDate date = today.minusDays(day);
            boolean rough = day == 0;
            wellness.submit(staff, DemoClub.PLAYER_2, check(date, rough ? "4.5" : "7.5", rough ? 9 : 4, rough ? 9 : 5,
                    52 + day % 4));
            wellness.submit(staff, DemoClub.PLAYER_3, check(date, "8.0", 3, 3, 48 + day % 3));
        }
        for (int day = 13; day >= 0; day--) {
            wellness.submit(staff, DemoClub.PLAYER_1, check(today.minusDays(day), day > 6 ? "8.0" : "7.0",
                    day > 6 ? 3 : 5, day > 6 ? 3 : 6, 55));
        }
    }

    private static WellnessRequest check(LocalDate date, String sleep, int stress, int soreness, int restingHr) {
        return new WellnessRequest(date, new BigDecimal(sleep), 7, 7, stress, soreness, 7, restingHr,
                new BigDecimal("65.0"), null);
    }
}
