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
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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
    public PageResponse<DrillResponse> search(Filter filter, int page, int size, CurrentUser user) {
        UUID club = policy.club(user);
        if (page < 0 || page > 1000) {
            throw new InvalidRequestException("page", "must be between 0 and 1000");
        }
        if (size < 1 || size > 100) {
            throw new InvalidRequestException("size", "must be between 1 and 100");
        }
        StringBuilder where = new StringBuilder(" FROM drills WHERE deleted_at IS NULL AND (organization_id = ? "
                + "OR public_drill)");
        List<Object> args = new ArrayList<>(List.of(club));
        String query = null;
        if (filter.words() != null && !filter.words().isBlank()) {
            query = prefixQuery(filter.words());
            where.append(" AND search @@ to_tsquery('english', ?)");
            args.add(query);
        }
        if (filter.category() != null) {
            where.append(" AND category = ?");
            args.add(filter.category().value());
        }
        if (filter.difficulty() != null) {
            where.append(" AND difficulty = ?");
            args.add(filter.difficulty().value());
        }
        if (filter.ageGroup() != null) {
            where.append(" AND ? = ANY (string_to_array(age_groups, ','))");
            args.add(filter.ageGroup());
        }
        if (filter.players() != null) {
            where.append(" AND min_players <= ? AND max_players >= ?");
            args.add(filter.players());
            args.add(filter.players());
        }
        Long total = jdbc.queryForObject("SELECT count(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        String order;
        if (query != null) {
            order = " ORDER BY ts_rank(search, to_tsquery('english', ?)) DESC, rating_average DESC NULLS LAST, name, id";
            pageArgs.add(query);
        } else {
            order = " ORDER BY name, id";
        }
        pageArgs.add(size);
        pageArgs.add(page * size);
        List<UUID> ids = jdbc.queryForList("SELECT id" + where + order + " LIMIT ? OFFSET ?", UUID.class,
                pageArgs.toArray());
        Map<UUID, Drill> found = drills.findAllById(ids).stream()
                .collect(Collectors.toMap(Drill::getId, Function.identity()));
        List<DrillResponse> content = ids.stream().map(found::get).map(DrillResponse::of).toList();
        return PageResponse.of(new PageImpl<>(content, PageRequest.of(page, size), total == null ? 0 : total));
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
