package com.hockeyhub.user;

/** Input patterns shared by the request records of this service. */
public final class Validation {

    /** Letters (any script), spaces, apostrophes, hyphens and dots; never digits. */
    public static final String NAME = "^\\p{L}[\\p{L} '\\-.]*$";
    public static final String NAME_MESSAGE = "must contain only letters, spaces, apostrophes, hyphens and dots";

    /** A pragmatic e-mail shape: something@domain.tld without spaces. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    public static final String PHONE = "^\\+?[0-9 ()\\-]{5,30}$";

    private Validation() {
    }
}
