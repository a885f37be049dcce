package com.hockeyhub.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a search box text into words to search for: every word a prefix match, all words required. */
public final class FullText {

    private FullText() {
    }

    /**
     * Only letters and digits reach the query (no tsquery syntax can be injected); at most eight words.
     * Null when the text has no searchable word.
     */
    public static String tsQuery(String q) {
        List<String> words = words(q);
        return words.isEmpty() ? null : String.join(" & ", words.stream().map(word -> word + ":*").toList());
    }

    /** The words of a search box text, lower case, letters and digits only, at most eight; each a prefix to match. */
    public static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        if (q != null) {
            for (String word : q.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && words.size() < 8) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
