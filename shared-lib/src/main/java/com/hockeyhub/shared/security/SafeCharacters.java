package com.hockeyhub.shared.security;

import java.util.function.Predicate;

/**
 * The rule of {@code StrictHttpFirewall}'s default for header and parameter names and values — every code point
 * assigned and not a control character — checked with a loop instead of the regular expression
 * {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. The firewall applies it on every {@code getHeader} call, and the
 * 700-character bearer token is read several times per request: with the regex that was about half the CPU of a
 * cached, authenticated read (docs/performance.md, "cache").
 */
final class SafeCharacters implements Predicate<String> {

    static final SafeCharacters INSTANCE = new SafeCharacters();

    private SafeCharacters() {
    }

    @Override
    public boolean test(String value) {
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.UNASSIGNED) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
