package com.hockeyhub.user.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.user.FullText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory query behind {@code GET /api/users}: filters on club, team, role, active flag and full-text
 * {@code q}, as native SQL shaped so that PostgreSQL uses the V3 indexes and V9's words (see docs/performance.md).
 */
@Component
class UserSearch {

    static final Map<String, String> SORT_COLUMNS = Map.of("lastName", "u.last_name", "firstName", "u.first_name",
            "email", "lower(u.email)", "createdAt", "u.created_at");

    record Criteria(UUID organizationId, UUID teamId, Role role, Boolean active, String q) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    UserSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<UUID> search(Criteria criteria, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" FROM users u WHERE u.deleted_at IS NULL");
        if (criteria.organizationId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM user_organizations m WHERE m.user_id = u.id"
                    + " AND m.organization_id = :org AND m.deleted_at IS NULL");
            params.addValue("org", criteria.organizationId());
            if (criteria.role() != null) {
                where.append(" AND m.role = :role");
                params.addValue("role", criteria.role().name());
            }
            where.append(")");
        } else if (criteria.role() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM user_organizations m WHERE m.user_id = u.id"
                    + " AND m.role = :role AND m.deleted_at IS NULL)");
            params.addValue("role", criteria.role().name());
        }
        if (criteria.teamId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM team_members tm WHERE tm.user_id = u.id AND tm.team_id = :team"
                    + " AND tm.left_at IS NULL AND tm.deleted_at IS NULL)");
            params.addValue("team", criteria.teamId());
        }
        if (criteria.active() != null) {
            where.append(" AND u.active = :active");
            params.addValue("active", criteria.active());
        }
        List<String> words = FullText.words(criteria.q());
        for (int i = 0; i < words.size(); i++) {
            // a btree range on user_search_words (V9): text search on users itself cannot use an index under
            // row-level security
            where.append(" AND u.id IN (SELECT w.user_id FROM user_search_words w WHERE w.word ^@ :word").append(i)
                    .append(criteria.organizationId() != null ? " AND w.organization_id = :org)" : ")");
            params.addValue("word" + i, words.get(i));
        }
        if (words.isEmpty() && criteria.q() != null && !criteria.q().isBlank()) {
            return Page.empty(pageable);
        }
        boolean searching = !words.isEmpty();
        Long total = jdbc.queryForObject(membersOnly(criteria) ? countMembers(criteria) : "SELECT count(*)" + where,
                params, Long.class);
        if (total == null || total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total == null ? 0 : total);
        }
        params.addValue("limit", pageable.getPageSize());
        params.addValue("offset", pageable.getOffset());
        // With a search term the words must find the hits first; otherwise PostgreSQL may walk the name index and
        // look each person's words up until it has a page. The materialized CTE fixes that order.
        String page = searching
                ? "WITH u AS MATERIALIZED (SELECT u.id, u.last_name, u.first_name, u.email, u.created_at" + where
                        + ") SELECT u.id FROM u"
                : "SELECT u.id" + where;
        List<UUID> ids = jdbc.queryForList(page + orderBy(pageable.getSort()) + " LIMIT :limit OFFSET :offset",
                params, UUID.class);
        return new PageImpl<>(ids, pageable, total);
    }

    /** Only club and role filters: the total comes from the memberships alone, without reading {@code users}. */
    private static boolean membersOnly(Criteria criteria) {
        return criteria.organizationId() != null && criteria.teamId() == null && criteria.active() == null
                && (criteria.q() == null || criteria.q().isBlank());
    }

    /**
     * Soft-deleting a user soft-deletes their memberships in the same transaction (UserService.delete), so live
     * memberships count exactly the live users; DISTINCT because a user may hold several roles in a club.
     */
    private static String countMembers(Criteria criteria) {
        return "SELECT count(DISTINCT m.user_id) FROM user_organizations m WHERE m.organization_id = :org"
                + " AND m.deleted_at IS NULL" + (criteria.role() != null ? " AND m.role = :role" : "");
    }

    private static String orderBy(Sort sort) {
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            parts.add(SORT_COLUMNS.get(order.getProperty()) + (order.isAscending() ? " ASC" : " DESC"));
        }
        if (sort.isUnsorted()) {
            parts.add("u.last_name ASC");
            parts.add("u.first_name ASC");
        }
        parts.add("u.id ASC");
        return " ORDER BY " + String.join(", ", parts);
    }
}
