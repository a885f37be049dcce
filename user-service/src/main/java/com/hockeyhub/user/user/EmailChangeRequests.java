package com.hockeyhub.user.user;

import java.util.UUID;

/**
 * The confirmation of a new e-mail address (auth.EmailChanges): a profile update asks for it, it changes the address
 * only once the new address confirms — without the user feature depending on authentication.
 */
public interface EmailChangeRequests {

    /** Refuses an address that is malformed, unchanged or taken (ConflictException / BadRequestException). */
    void requireAvailable(UUID userId, String newEmail);

    /** Sends the confirmation code to the new address and a notice to the current one. */
    void request(User user, String newEmail, UUID requestedBy);
}
