package com.hockeyhub.communication.message;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;

/**
 * Full-text search over a person's active conversations, newest first, that row-level security does not slow down
 * (V8, V9; docs/performance.md "communication-service"). Each word the query requires is one probe of the words table
 * (an equality, which PostgreSQL may use an index for under the club policy), so the planner chooses per word between
 * starting from the words table (a rare word) and reading the club's messages newest first (a common one); the
 * web-search query itself (phrases, exclusions, {@code or}) is then checked on each candidate.
 */
@Component
class MessageSearch {

    private final EntityManager entities;

    MessageSearch(EntityManager entities) {
        this.entities = entities;
    }

    List<Message> search(UUID userId, UUID club, String query, int limit) {
        Required required = Required.of(query);
        List<String> words = lexemes(required.text());
        // an excluded word that is one word of the index ("-well-known" is a phrase of three); with "or" the
        // query may match without the other words, so nothing is ruled out up front
        List<String> excluded = required.anyOf() ? List.of() : required.excluded().stream()
                .map(this::lexemes).filter(one -> one.size() == 1).map(one -> one.get(0)).toList();
        // words and single-word exclusions only: the probes are the query's whole meaning, and the check of the text
        // (which reads each candidate, every message of the club when nothing matches) is left out
        boolean probesSuffice = !required.anyOf() && query.indexOf('"') < 0
                && words.size() == required.positiveTokens() && excluded.size() == required.excluded().size();
        if (words.isEmpty()) {
            return List.of(); // nothing to find: punctuation only, or only excluded words
        }
        StringBuilder sql = new StringBuilder("""
                SELECT m.* FROM messages m
                JOIN conversation_participants p ON p.conversation_id = m.conversation_id AND p.user_id = :user
                                                 AND p.left_at IS NULL
                WHERE m.deleted_at IS NULL AND m.organization_id = :club
                """);
        String probe = " AND EXISTS (SELECT 1 FROM message_search_words w WHERE w.organization_id = :club "
                + "AND w.message_id = m.id AND w.word %s)\n";
        if (required.anyOf()) {
            sql.append(probe.formatted("IN (:words)"));
        } else {
            for (int i = 0; i < words.size(); i++) {
                sql.append(probe.formatted("= :word" + i));
            }
        }
        // an excluded word rules a candidate out by an index probe, before the costlier check of the whole query
        for (int i = 0; i < excluded.size(); i++) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM message_search_words w WHERE w.organization_id = :club "
                    + "AND w.message_id = m.id AND w.word = :excluded" + i + ")\n");
        }
        if (!probesSuffice) {
            sql.append(" AND message_matches(m.body, :query)");
        }
        sql.append(" ORDER BY m.created_at DESC, m.id DESC LIMIT :limit");
        Query search = entities.createNativeQuery(sql.toString(), Message.class)
                .setParameter("user", userId).setParameter("club", club).setParameter("limit", limit);
        if (!probesSuffice) {
            search.setParameter("query", query);
        }
        if (required.anyOf()) {
            search.setParameter("words", words);
        } else {
            for (int i = 0; i < words.size(); i++) {
                search.setParameter("word" + i, words.get(i));
            }
        }
        for (int i = 0; i < excluded.size(); i++) {
            search.setParameter("excluded" + i, excluded.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Message> found = search.getResultList();
        return found;
    }

    /** The words of {@code text} as the {@code 'simple'} text search configuration splits them. */
    private List<String> lexemes(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> words = entities.createNativeQuery(
                        "SELECT DISTINCT t.lexeme FROM unnest(to_tsvector('simple', ?1)) AS t ORDER BY 1")
                .setParameter(1, text).getResultList();
        return words;
    }

    /**
     * The words a message must contain to match a web-search query: all of its words outside exclusions
     * ({@code -word}, {@code -"a phrase"}), or, where the query says {@code or}, any one of them; and the single
     * words it excludes ({@code -word}).
     */
    record Required(String text, int positiveTokens, boolean anyOf, List<String> excluded) {

        static Required of(String query) {
            StringBuilder words = new StringBuilder();
            java.util.Set<String> positive = new java.util.HashSet<>();
            List<String> excluded = new java.util.ArrayList<>();
            boolean anyOf = false;
            boolean inExcludedPhrase = false;
            for (String token : query.split("\\s+")) {
                if (inExcludedPhrase) {
                    inExcludedPhrase = token.indexOf('"') < 0;
                } else if (token.startsWith("-\"")) {
                    inExcludedPhrase = token.indexOf('"', 2) < 0;
                } else if (token.equalsIgnoreCase("or")) {
                    anyOf = true;
                } else if (token.startsWith("-")) {
                    excluded.add(token.substring(1));
                } else if (!token.isEmpty()) {
                    words.append(token.replace('"', ' ')).append(' ');
                    positive.add(token);
                }
            }
            return new Required(words.toString().strip(), positive.size(), anyOf, List.copyOf(excluded));
        }
    }
}
