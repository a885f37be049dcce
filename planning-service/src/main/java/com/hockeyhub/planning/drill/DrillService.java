package com.hockeyhub.planning.drill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hockeyhub.planning.access.PlanningAccessPolicy;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill library: a club's own drills and the drills clubs share publicly. Search by words (full text, ranked,
 * each word also as a prefix) combined with filters; one rating per coach, whose average stays exact under
 * concurrent ratings (the drill is locked while its average is recomputed).
 */
@Service
public class DrillService {

    /** What a search may filter on. */
    public record Filter(String words, DrillCategory category, Difficulty difficulty, String ageGroup,
                         Integer players) {
    }

    private static final int MAX_WORDS = 8;
    /** Results a search pages through at most (page × size): deeper pages cost a read of every row before them. */
    static final int MAX_WINDOW = 10_000;
    /** A search without words counts this many matches at most (then totalElements is a lower bound). */
    static final int COUNT_CAP = 1_000;

    private final DrillRepository drills;
    private final PlanningAccessPolicy policy;
    private final JdbcTemplate jdbc;

    DrillService(DrillRepository drills, PlanningAccessPolicy policy, JdbcTemplate jdbc) {
        this.drills = drills;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    @Transactional
    public DrillResponse create(DrillRequest request, CurrentUser user) {
        return DrillResponse.of(drills.saveAndFlush(new Drill(policy.requireDrillAuthor(user), request)));
    }

    @Transactional
    public DrillResponse update(UUID id, DrillRequest request, CurrentUser user) {
        UUID club = policy.requireDrillAuthor(user);
        Drill drill = drills.findById(id).filter(d -> d.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Drill", id));
        drill.describe(request);
        return DrillResponse.of(drills.saveAndFlush(drill));
    }

    @Transactional(readOnly = true)
    public DrillResponse get(UUID id, CurrentUser user) {
        return DrillResponse.of(visible(id, policy.club(user)));
    }

    @Transactional(readOnly = true)
    public DrillPage search(Filter filter, int page, int size, CurrentUser user) {
        UUID club = policy.club(user);
        if (size < 1 || size > 100) {
            throw new InvalidRequestException("size", "must be between 1 and 100");
        }
        if (page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
            throw new InvalidRequestException("page", "must be 0 or more, and page × size within the first "
                    + MAX_WINDOW + " results (narrow the search instead)");
        }
        StringBuilder filters = new StringBuilder();
        List<Object> filterArgs = new ArrayList<>();
        if (filter.category() != null) {
            filters.append(" AND category = ?");
            filterArgs.add(filter.category().value());
        }
        if (filter.difficulty() != null) {
            filters.append(" AND difficulty = ?");
            filterArgs.add(filter.difficulty().value());
        }
        if (filter.ageGroup() != null) {
            filters.append(" AND ? = ANY (string_to_array(age_groups, ','))");
            filterArgs.add(filter.ageGroup());
        }
        if (filter.players() != null) {
            filters.append(" AND min_players <= ? AND max_players >= ?");
            filterArgs.add(filter.players());
            filterArgs.add(filter.players());
        }
        int offset = page * size;
        return filter.words() != null && !filter.words().isBlank()
                ? ranked(prefixQuery(filter.words()), filters.toString(), filterArgs, club, page, size)
                : byName(filters.toString(), filterArgs, club, page, size, offset);
    }

    /**
     * Every match ranked (the order needs them all) and counted in the same pass: one bitmap scan of the full-text
     * index instead of one for the count and one for the page.
     */
    private DrillPage ranked(String query, String filters, List<Object> filterArgs, UUID club, int page, int size) {
        List<Object> args = new ArrayList<>();
        args.add(club);
        args.add(query);
        args.addAll(filterArgs);
        args.add(query);
        args.add(size);
        args.add(page * size);
        long[] total = {0};
        List<UUID> ids = jdbc.query("SELECT id, count(*) OVER () AS total FROM drills WHERE deleted_at IS NULL "
                + "AND (organization_id = ? OR public_drill) AND search @@ to_tsquery('english', ?)" + filters
                + " ORDER BY ts_rank(search, to_tsquery('english', ?)) DESC, rating_average DESC NULLS LAST, name, id"
                + " LIMIT ? OFFSET ?", (rs, n) -> {
                    total[0] = rs.getLong("total");
                    return rs.getObject("id", UUID.class);
                }, args.toArray());
        if (ids.isEmpty() && page > 0) {
            // past the last page the window yields no row to read the count from
            total[0] = jdbc.queryForObject("SELECT count(*) FROM drills WHERE deleted_at IS NULL "
                    + "AND (organization_id = ? OR public_drill) AND search @@ to_tsquery('english', ?)" + filters,
                    Long.class, args.subList(0, args.size() - 3).toArray());
        }
        return new DrillPage(load(ids), page, size, (long) (page + 1) * size < total[0], total[0], true);
    }

    /**
     * In name order: the club's drills and the other clubs' public drills as two branches, each read in order from
     * its own index and stopped after offset + size + 1 rows (the extra row answers hasNext). The count stops at
     * {@link #COUNT_CAP}.
     */
    private DrillPage byName(String filters, List<Object> filterArgs, UUID club, int page, int size, int offset) {
        String clubRows = "SELECT id, name FROM drills WHERE deleted_at IS NULL AND organization_id = ?" + filters;
        String publicRows = "SELECT id, name FROM drills WHERE deleted_at IS NULL AND public_drill "
                + "AND organization_id <> ?" + filters;
        List<Object> args = new ArrayList<>();
        args.add(club);
        args.addAll(filterArgs);
        args.add(offset + size + 1);
        args.add(club);
        args.addAll(filterArgs);
        args.add(offset + size + 1);
        args.add(size + 1);
        args.add(offset);
        List<UUID> ids = new ArrayList<>(jdbc.queryForList("SELECT id FROM ((" + clubRows
                + " ORDER BY name, id LIMIT ?) UNION ALL (" + publicRows + " ORDER BY name, id LIMIT ?)) d "
                + "ORDER BY name, id LIMIT ? OFFSET ?", UUID.class, args.toArray()));
        boolean hasNext = ids.size() > size;
        if (hasNext) {
            ids.remove(size);
        }
        long total;
        boolean exact;
        if (!hasNext && (!ids.isEmpty() || page == 0)) {
            total = offset + ids.size();
            exact = true;
        } else if (!hasNext || offset + size < COUNT_CAP) {
            List<Object> countArgs = new ArrayList<>(args.subList(0, args.size() - 2));
            countArgs.set(filterArgs.size() + 1, COUNT_CAP + 1);
            countArgs.set(countArgs.size() - 1, COUNT_CAP + 1);
            Long counted = jdbc.queryForObject("SELECT count(*) FROM ((" + clubRows + " LIMIT ?) UNION ALL ("
                    + publicRows + " LIMIT ?)) d", Long.class, countArgs.toArray());
            exact = counted != null && counted <= COUNT_CAP;
            total = exact ? counted : COUNT_CAP;
        } else {
            total = Math.max(COUNT_CAP, offset + size + 1);
            exact = false;
        }
        return new DrillPage(load(ids), page, size, hasNext, total, exact);
    }

    private List<DrillResponse> load(List<UUID> ids) {
        Map<UUID, Drill> found = drills.findAllById(ids).stream()
                .collect(Collectors.toMap(Drill::getId, Function.identity()));
        return ids.stream().map(found::get).map(DrillResponse::of).toList();
    }

    /** A coach's rating 1–5; rating again changes it. Returns the drill with its new average. */
    @Transactional
    public DrillResponse rate(UUID id, int rating, CurrentUser user) {
        UUID club = policy.requireRater(user);
        if (rating < 1 || rating > 5) {
            throw new InvalidRequestException("rating", "must be between 1 and 5");
        }
        visible(id, club);
        // serialise the ratings of one drill, so every average includes every committed rating
        jdbc.queryForObject("SELECT id FROM drills WHERE id = ? FOR UPDATE", UUID.class, id);
        jdbc.update("""
                INSERT INTO drill_ratings (drill_id, coach_id, organization_id, rating) VALUES (?, ?, ?, ?)
                ON CONFLICT (drill_id, coach_id) DO UPDATE SET rating = excluded.rating, rated_at = now()""",
                id, user.id(), club, rating);
        jdbc.update("""
                UPDATE drills SET rating_average = r.average, rating_count = r.count
                FROM (SELECT round(avg(rating), 2) AS average, count(*) AS count FROM drill_ratings
                      WHERE drill_id = ?) r
                WHERE id = ?""", id, id);
        BigDecimal average = jdbc.queryForObject("SELECT rating_average FROM drills WHERE id = ?", BigDecimal.class,
                id);
        Integer count = jdbc.queryForObject("SELECT rating_count FROM drills WHERE id = ?", Integer.class, id);
        DrillResponse drill = DrillResponse.of(visible(id, club));
        return new DrillResponse(drill.id(), drill.organizationId(), drill.name(), drill.description(),
                drill.category(), drill.difficulty(), drill.durationMinutes(), drill.minPlayers(), drill.maxPlayers(),
                drill.equipment(), drill.ageGroups(), drill.tags(), drill.publicDrill(), average,
                count == null ? 0 : count);
    }

    /** The drills of these ids the club may use (its own and public ones), by id; others are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, DrillResponse> usable(Collection<UUID> ids, UUID club) {
        return drills.findAllById(ids).stream().filter(d -> d.visibleTo(club))
                .collect(Collectors.toMap(Drill::getId, DrillResponse::of));
    }

    /** Each word of the search, also as a prefix ("rus" finds "rush"), numbers exactly; at most eight words. */
    static String prefixQuery(String words) {
        List<String> terms = Arrays.stream(words.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).limit(MAX_WORDS)
                // numbers match exactly ("1" of "2-on-1" is not 10, 100, ...: a prefix would scan most of the index)
                .map(w -> w.chars().allMatch(Character::isDigit) ? w : w + ":*").toList();
        if (terms.isEmpty()) {
            throw new InvalidRequestException("q", "needs at least one word");
        }
        return String.join(" & ", terms);
    }

    private Drill visible(UUID id, UUID club) {
        return drills.findById(id).filter(d -> d.visibleTo(club))
                .orElseThrow(() -> new NotFoundException("Drill", id));
    }
}
