package com.hockeyhub.statistics.game;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.statistics.game.GameRequests.PlayerLine;
import com.hockeyhub.statistics.game.GameRequests.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GameRulesTest {

    private static final GameRules NO_TIES = new GameRules(false, 3600, 300);
    private static final GameRules TIES = new GameRules(true, 3600, 300);
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @Test
    void aConsistentResultPasses() {
        assertThatCode(() -> NO_TIES.check(result(2, 1, GameDecision.REGULATION,
                skater(a, Side.HOME, 1, 1, 3, 3600), skater(b, Side.HOME, 1, 1, 1, 1200)))).doesNotThrowAnyException();
        assertThatCode(() -> NO_TIES.check(result(3, 2, GameDecision.OVERTIME,
                skater(a, Side.HOME, 3, 0, 4, 3900)))).doesNotThrowAnyException();
        assertThatCode(() -> TIES.check(result(1, 1, GameDecision.REGULATION))).doesNotThrowAnyException();
    }

    @Test
    void impossibleNumbersNameTheField() {
        field(NO_TIES, result(1, 0, GameDecision.REGULATION, skater(a, Side.HOME, 1, 0, 0, 60)), "players[0].goals");
        field(NO_TIES, result(1, 0, GameDecision.REGULATION, skater(a, Side.HOME, 1, 0, 1, 3601)),
                "players[0].toiSeconds");
        field(NO_TIES, result(3, 2, GameDecision.OVERTIME, skater(a, Side.HOME, 3, 0, 3, 3901)),
                "players[0].toiSeconds");
        field(NO_TIES, result(2, 0, GameDecision.REGULATION, skater(a, Side.HOME, 1, 0, 1, 60)), "homeScore");
        field(NO_TIES, result(1, 0, GameDecision.REGULATION, skater(a, Side.HOME, 1, 0, 1, 60),
                skater(b, Side.HOME, 0, 3, 0, 60)), "players");
        field(NO_TIES, result(2, 0, GameDecision.REGULATION, skater(a, Side.HOME, 2, 1, 2, 60)),
                "players[0].assists");
        field(NO_TIES, result(3, 1, GameDecision.SHOOTOUT), "decision");
        field(NO_TIES, result(2, 2, GameDecision.OVERTIME), "decision");
    }

    @Test
    void aTieWhereTheDivisionHasNoneBreaksAnotherRule() {
        assertThatThrownBy(() -> NO_TIES.check(result(2, 2, GameDecision.REGULATION)))
                .isInstanceOf(BusinessRuleException.class);
    }

    private static void field(GameRules rules, Result result, String field) {
        assertThatThrownBy(() -> rules.check(result)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.errors()).anyMatch(f -> f.field().equals(field)));
    }

    private static Result result(int home, int away, GameDecision decision, PlayerLine... lines) {
        return new Result(home, away, decision, null, null, List.of(lines));
    }

    private static PlayerLine skater(UUID id, Side side, int goals, int assists, int shots, int toi) {
        return new PlayerLine(id, side, goals, assists, 0, 0, shots, 0, 0, 0, 0, toi, false, 0, 0);
    }
}
