package com.hockeyhub.calendar.participant;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/** Taking part as a query condition, for other features' criteria queries (the event list's visibility rules). */
public final class Participation {

    private Participation() {
    }

    /** The caller's own id and their linked children's: whose participation makes an event visible. */
    public static Set<UUID> selfAndChildren(CurrentUser user) {
        Set<UUID> ids = new HashSet<>(user.childIds());
        ids.add(user.id());
        return ids;
    }

    /** Whether one of {@code users} takes part in the event whose id is {@code eventId} (an EXISTS subquery). */
    public static Predicate takesPart(Expression<UUID> eventId, CriteriaQuery<?> query, CriteriaBuilder cb,
            Set<UUID> users) {
        Subquery<Integer> sub = query.subquery(Integer.class);
        Root<Participant> p = sub.from(Participant.class);
        sub.select(cb.literal(1)).where(cb.equal(p.get("eventId"), eventId), p.get("userId").in(users));
        return cb.exists(sub);
    }
}
