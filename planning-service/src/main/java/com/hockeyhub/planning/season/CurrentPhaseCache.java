package com.hockeyhub.planning.season;

import java.time.LocalDate;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheTags;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The hot read: a team's phase on a day, cached per team and day, tagged with the team (plan changes evict it). */
@Component
class CurrentPhaseCache {

    static final String CACHE = "current-phase";

    private final Phases phases;

    CurrentPhaseCache(Phases phases) {
        this.phases = phases;
    }

    @Cacheable(cacheNames = CACHE, key = "#teamId + ':' + #day", sync = true)
    @CacheTags("#result.tag()")
    @Transactional(readOnly = true)
    public SeasonPlanViews.CurrentPhase of(UUID teamId, LocalDate day) {
        return new SeasonPlanViews.CurrentPhase(teamId, day,
                phases.current(teamId, day).map(SeasonPlanViews.PhaseView::of).orElse(null));
    }
}
