package com.hockeyhub.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a search box text into a PostgreSQL {@code tsquery}: every word a prefix match, all words required. */
public final class FullText {

    private FullText() {
    }

    /**
     * Only letters and digits reach the query (no tsquery syntax can be injected); at most eight words.
     * Null when the text has no searchable word.
     */
    public static String tsQuery(String q) {
        if (q == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : q.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < 8) {
                terms.add(word.toLowerCase(Locale.ROOT) + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
