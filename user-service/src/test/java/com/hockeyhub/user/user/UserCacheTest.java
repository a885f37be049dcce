package com.hockeyhub.user.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.cache.CacheStatistics;
import com.hockeyhub.shared.cache.CacheWarmer;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.security.VerifiedTokenCache;
import com.hockeyhub.shared.security.revocation.RevocationCheckingJwtDecoder;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.team.Team;
import com.hockeyhub.user.team.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The users cache: hits, eviction by tag after every write that changes a user, tenant checks on cached data. */
@IntegrationTest
class UserCacheTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    CacheStatistics statistics;

    Fixtures fixtures;
    Organization club;
    User admin;
    String adminToken;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
        club = fixtures.club();
        admin = fixtures.user(club, Role.CLUB_ADMIN);
        adminToken = Fixtures.bearer(admin, club, Role.CLUB_ADMIN);
    }

    private String key(UUID userId) {
        return context.getEnvironment().getProperty("hockeyhub.cache.key-prefix") + "users::" + userId;
    }

    private boolean cached(UUID userId) {
        return Boolean.TRUE.equals(redis.hasKey(key(userId)));
    }

    /**
     * Reads the user until the read stores it: a load that starts within the invalidation margin (100 ms) of an
     * invalidation of its tags is served but deliberately not cached, and the fixtures' writes just invalidated them.
     */
    private void read(UUID userId, String token) throws Exception {
        for (int attempt = 0; attempt < 50 && !cached(userId); attempt++) {
            mvc.perform(get("/api/users/{id}", userId).header(HttpHeaders.AUTHORIZATION, token))
                    .andExpect(status().isOk());
            if (!cached(userId)) {
                Thread.sleep(50);
            }
        }
        assertThat(cached(userId)).as("user %s cached after reading it", userId).isTrue();
    }

    private List<String> cachedLists(UUID teamId) {
        List<String> keys = new ArrayList<>();
        ScanOptions options = ScanOptions.scanOptions()
                .match(context.getEnvironment().getProperty("hockeyhub.cache.key-prefix") + "lists::*teamId=" + teamId
                        + "*").count(1000).build();
        try (Cursor<String> cursor = redis.scan(options)) {
            cursor.forEachRemaining(keys::add);
        }
        return keys;
    }

    private void cacheTeamList(Team team, User onlyMember) throws Exception {
        for (int attempt = 0; attempt < 50 && cachedLists(team.getId()).isEmpty(); attempt++) {
            listTeam(team, onlyMember.getId().toString());
            Thread.sleep(50);
        }
        assertThat(cachedLists(team.getId())).hasSize(1);
    }

    private void listTeam(Team team, String expectedUserIdAtZero) throws Exception {
        mvc.perform(get("/api/users").param("teamId", team.getId().toString())
                        .header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].id").value(expectedUserIdAtZero));
    }

    @Test
    void theSecondReadIsACacheHitOfAnHhPrefixedRedisEntry() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        assertThat(cached(player.getId())).isFalse();
        long hits = statistics.forCache(UserCache.USERS).hits();

        read(player.getId(), adminToken);
        hits = Math.max(hits, statistics.forCache(UserCache.USERS).hits());
        assertThat(key(player.getId())).startsWith("hh:");
        assertThat(cached(player.getId())).isTrue();
        mvc.perform(get("/api/users/{id}", player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(player.getId().toString()))
                .andExpect(jsonPath("$.organizationId").value(club.getId().toString()))
                .andExpect(jsonPath("$.roles[0]").value("player"));

        assertThat(statistics.forCache(UserCache.USERS).hits()).isGreaterThan(hits);
    }

    @Test
    void anUpdateEvictsExactlyTheUpdatedUser() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        User other = fixtures.user(club, Role.PLAYER);
        read(player.getId(), adminToken);
        read(other.getId(), adminToken);

        mvc.perform(patch("/api/users/{id}", player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"firstName\":\"Saku\"}"))
                .andExpect(status().isOk());

        assertThat(cached(player.getId())).isFalse();
        assertThat(cached(other.getId())).isTrue();
        mvc.perform(get("/api/users/{id}", player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Saku"));
    }

    @Test
    void aNewClubMemberLeavesTheClubsCachedUsersInPlace() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        read(player.getId(), adminToken);

        fixtures.user(club, Role.COACH);

        assertThat(cached(player.getId())).isTrue();
    }

    @Test
    void teamListsAreCachedAndEvictedByRosterChangesAndTeamDelete() throws Exception {
        Team team = fixtures.team(club);
        User first = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, first, TeamRole.PLAYER, null);
        Team otherTeam = fixtures.team(club);
        User otherMember = fixtures.user(club, Role.PLAYER);
        fixtures.member(otherTeam, otherMember, TeamRole.PLAYER, null);
        cacheTeamList(otherTeam, otherMember);
        cacheTeamList(team, first);
        long listHits = statistics.forCache(UserService.LISTS).hits();
        listTeam(team, first.getId().toString());
        assertThat(statistics.forCache(UserService.LISTS).hits()).as("typed PageResponse served from Redis")
                .isGreaterThan(listHits);

        mvc.perform(delete("/api/teams/{id}/members/{userId}", team.getId(), first.getId())
                        .header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/users").param("teamId", team.getId().toString())
                        .header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(0));

        mvc.perform(get("/api/users").param("teamId", team.getId().toString())
                        .header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/teams/{id}", team.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());
        assertThat(cachedLists(team.getId())).isEmpty();
        assertThat(cachedLists(otherTeam.getId())).hasSize(1);
    }

    @Test
    void aRoleChangeIsVisibleInTheNextReadAndBatch() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        read(player.getId(), adminToken);

        mvc.perform(put("/api/users/{id}/roles", player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"coach\"]}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/users/{id}", player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("coach"));
        mvc.perform(post("/api/users/batch").header(HttpHeaders.AUTHORIZATION, adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[\"%s\"]}".formatted(player.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.users[0].roles[0]").value("coach"));
    }

    @Test
    void aDeletedUserIsGoneFromTheCacheAndTheNextRead() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        read(player.getId(), adminToken);

        mvc.perform(delete("/api/users/{id}", player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());

        assertThat(cached(player.getId())).isFalse();
        mvc.perform(get("/api/users/{id}", player.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeletedTeamEndsTeammateAccessAlthoughTheTeammateIsCached() throws Exception {
        Team team = fixtures.team(club);
        User reader = fixtures.user(club, Role.PLAYER);
        User mate = fixtures.user(club, Role.PLAYER);
        fixtures.member(team, reader, TeamRole.PLAYER, null);
        fixtures.member(team, mate, TeamRole.PLAYER, null);
        String readerToken = Fixtures.bearer(reader, club, Role.PLAYER, team.getId());
        read(mate.getId(), readerToken);
        assertThat(cached(mate.getId())).isTrue();

        mvc.perform(delete("/api/teams/{id}", team.getId()).header(HttpHeaders.AUTHORIZATION, adminToken))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/users/{id}", mate.getId()).header(HttpHeaders.AUTHORIZATION, readerToken))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherClubStillGets404ForACachedUser() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        read(player.getId(), adminToken);
        assertThat(cached(player.getId())).isTrue();

        Organization otherClub = fixtures.club();
        User otherAdmin = fixtures.user(otherClub, Role.CLUB_ADMIN);
        String otherToken = Fixtures.bearer(otherAdmin, otherClub, Role.CLUB_ADMIN);
        mvc.perform(get("/api/users/{id}", player.getId()).header(HttpHeaders.AUTHORIZATION, otherToken))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/users/batch").header(HttpHeaders.AUTHORIZATION, otherToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[\"%s\"]}".formatted(player.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.users.length()").value(0))
                .andExpect(jsonPath("$.missing[0]").value(player.getId().toString()));
    }

    @Test
    void theWarmerCachesRecentlyActiveUsers() throws Exception {
        User player = fixtures.user(club, Role.PLAYER);
        context.getBean(UserService.class).recordLogin(player.getId());
        assertThat(cached(player.getId())).isFalse();

        CacheWarmer warmer = context.getBeansOfType(CacheWarmer.class).values().stream()
                .filter(w -> w.name().equals(UserCache.USERS)).findFirst().orElseThrow();
        // as in read(): a load right after the login's invalidation is not stored, the next one is
        for (int attempt = 0; attempt < 50 && !cached(player.getId()); attempt++) {
            warmer.warm();
            Thread.sleep(50);
        }

        assertThat(cached(player.getId())).isTrue();
    }

    @Test
    void userServiceRemembersVerifiedTokens() {
        JwtDecoder decoder = context.getBean(JwtDecoder.class);
        assertThat(decoder).isInstanceOf(RevocationCheckingJwtDecoder.class);
        assertThat(((RevocationCheckingJwtDecoder) decoder).delegate()).isInstanceOf(VerifiedTokenCache.class);
    }
}
