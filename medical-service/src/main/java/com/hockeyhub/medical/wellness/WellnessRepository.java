package com.hockeyhub.medical.wellness;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WellnessRepository extends JpaRepository<WellnessEntry, UUID> {

    Optional<WellnessEntry> findByPlayerIdAndEntryDate(UUID playerId, LocalDate entryDate);

    Optional<WellnessEntry> findFirstByPlayerIdOrderByEntryDateDesc(UUID playerId);

    Page<WellnessEntry> findByPlayerIdAndEntryDateBetween(UUID playerId, LocalDate from, LocalDate to,
            Pageable pageable);

    /** Per-day averages of the given players' check-ins. */
    @Query("""
            select new com.hockeyhub.medical.wellness.DailyAverage(w.entryDate, count(w), avg(w.sleepHours),
                   avg(w.sleepQuality), avg(w.energy), avg(w.stress), avg(w.soreness), avg(w.mood),
                   avg(w.restingHr), avg(w.hrv), sum(case when w.flagged then 1 else 0 end))
            from WellnessEntry w
            where w.organizationId = :organizationId and w.playerId in :playerIds
              and w.entryDate between :from and :to
            group by w.entryDate
            order by w.entryDate""")
    List<DailyAverage> dailyAverages(UUID organizationId, Collection<UUID> playerIds, LocalDate from, LocalDate to);
}
