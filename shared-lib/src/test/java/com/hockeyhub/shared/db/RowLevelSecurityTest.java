package com.hockeyhub.shared.db;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.shared.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PostgreSQL row-level security under the code's own tenant checks: a query that forgets the club still can't, and
 * work that forgets to say whose data it is for sees none. (This test's own thread states every club for its fixtures,
 * {@code FixturesAcrossClubs}; what a signed-in request would state is checked inside {@link AcrossClubs#suspend}.)
 */
@IntegrationTest
class RowLevelSecurityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ThreadPoolTaskSchedulerCustomizer scheduledJobsAcrossClubs;

    private final UUID clubA = UUID.randomUUID();
    private final UUID clubB = UUID.randomUUID();
    private final String marker = "rls-" + UUID.randomUUID();

    @Test
    void aClubMemberSeesAndWritesOnlyTheirClubsRowsWhateverTheQuery() {
        insert(clubA);
        insert(clubB);

        try (SignedIn request = SignedIn.as(clubA, Role.COACH)) {
            assertThat(clubsOfMarkedRows()).containsExactly(clubA);
            assertThat(jdbc.update("UPDATE test_records SET quantity = 9 WHERE name = ?", marker)).isEqualTo(1);
            assertThatThrownBy(() -> insert(clubB)).rootCause().hasMessageContaining("row-level security");

            request.switchTo(clubB, Role.PLAYER);
            assertThat(clubsOfMarkedRows()).containsExactly(clubB);
            assertThat(jdbc.queryForObject("SELECT quantity FROM test_records WHERE name = ?", Integer.class, marker))
                    .isEqualTo(1);

            request.switchTo(null, Role.PLAYER); // a user without a club sees no club's rows
            assertThat(clubsOfMarkedRows()).isEmpty();

            request.switchTo(clubA, Role.COACH); // ... unless the code says the work spans clubs
            assertThat(AcrossClubs.call(this::clubsOfMarkedRows)).containsExactlyInAnyOrder(clubA, clubB);
        }
    }

    @Test
    void workThatStatesNothingSeesAndWritesNoClubsRows() throws Exception {
        insert(clubA);
        insert(clubB);
        ExecutorService careless = Executors.newSingleThreadExecutor(); // a thread nobody declared, no user
        try {
            assertThat(careless.submit(this::clubsOfMarkedRows).get(10, TimeUnit.SECONDS)).isEmpty();
            assertThat(careless.submit(() -> jdbc.update("UPDATE test_records SET quantity = 7 WHERE name = ?",
                    marker)).get(10, TimeUnit.SECONDS)).isZero();
            assertThat(careless.submit(() -> AcrossClubs.call(this::clubsOfMarkedRows)).get(10, TimeUnit.SECONDS))
                    .containsExactlyInAnyOrder(clubA, clubB);
        } finally {
            careless.shutdownNow();
        }
        try (AcrossClubs.Scope asARequest = AcrossClubs.suspend()) {
            assertThat(clubsOfMarkedRows()).isEmpty();
            assertThatThrownBy(() -> insert(clubA)).rootCause().hasMessageContaining("row-level security");
        }
    }

    @Test
    void anAnonymousRequestSeesNoClubsRowsEvenOnAThreadThatSpansClubs() throws Exception {
        insert(clubA);
        insert(clubB);
        assertThat(clubsOfMarkedRows()).hasSize(2); // this (test) thread states every club
        mvc.perform(get("/api/test-records/public-count").param("name", marker))
                .andExpect(status().isOk()).andExpect(content().string("0"));
    }

    @Test
    void scheduledJobsStateEveryClub() throws Exception {
        insert(clubA);
        insert(clubB);
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduledJobsAcrossClubs.customize(scheduler);
        scheduler.initialize();
        try {
            CompletableFuture<List<UUID>> seen = new CompletableFuture<>();
            scheduler.scheduleWithFixedDelay(() -> seen.complete(clubsOfMarkedRows()), java.time.Duration.ofHours(1));
            assertThat(seen.get(10, TimeUnit.SECONDS)).containsExactlyInAnyOrder(clubA, clubB);
        } finally {
            scheduler.shutdown();
        }
    }

    @Test
    void superAdminsAndServicesSeeEveryClub() {
        insert(clubA);
        insert(clubB);
        try (SignedIn request = SignedIn.as(null, Role.SUPER_ADMIN)) {
            assertThat(clubsOfMarkedRows()).containsExactlyInAnyOrder(clubA, clubB);
            request.switchTo(clubA, Role.SERVICE);
            assertThat(clubsOfMarkedRows()).containsExactlyInAnyOrder(clubA, clubB);
        }
    }

    @Test
    void aConnectionThatStatesNoClubSeesAndWritesNoClubsRows() {
        insert(clubA);
        insert(clubB);
        for (String stated : new String[] {"", "not-a-club", "%"}) {
            List<Object> seenAndWritten = jdbc.execute((Connection c) -> {
                c.setAutoCommit(false);
                try (var set = c.prepareStatement("SELECT set_config('hockeyhub.organization_id', ?, true)");
                     var count = c.prepareStatement("SELECT count(*) FROM test_records WHERE name = ?");
                     var update = c.prepareStatement("UPDATE test_records SET quantity = 5 WHERE name = ?")) {
                    set.setString(1, stated);
                    set.execute();
                    count.setString(1, marker);
                    update.setString(1, marker);
                    try (var rs = count.executeQuery()) {
                        rs.next();
                        return List.of(rs.getInt(1), update.executeUpdate());
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            });
            assertThat(seenAndWritten).as("stated '%s'", stated).containsExactly(0, 0);
        }
        assertThat(clubsOfMarkedRows()).containsExactlyInAnyOrder(clubA, clubB); // '*': the code says every club
    }

    private void insert(UUID club) {
        jdbc.update("""
                INSERT INTO test_records (id, organization_id, name, quantity, created_at, updated_at, version)
                VALUES (?, ?, ?, 1, now(), now(), 0)""", UUID.randomUUID(), club, marker);
    }

    private List<UUID> clubsOfMarkedRows() {
        return jdbc.queryForList("SELECT organization_id FROM test_records WHERE name = ?", UUID.class, marker);
    }
}
