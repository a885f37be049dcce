package com.hockeyhub.calendar.ical;

import com.hockeyhub.shared.api.user.UserEvents.FamilyLinkChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserChanged;
import com.hockeyhub.shared.api.user.UserEvents.UserDeleted;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps feed tokens' access current from user-service's events (each once per event, the inbox): a deleted or
 * deactivated user's token ends, changed roles and family links apply to the next fetch. Team memberships need no
 * handler: every fetch reads them from the roster.
 */
@Component
public class FeedAccessHandlers {

    private final FeedTokenService tokens;

    public FeedAccessHandlers(FeedTokenService tokens) {
        this.tokens = tokens;
    }

    @EventHandler(type = EventTypes.USER_DELETED, name = "feed-user-deleted")
    @Transactional
    public void userDeleted(UserDeleted deleted) {
        tokens.userDeleted(deleted.userId());
    }

    @EventHandler(type = EventTypes.USER_DEACTIVATED, name = "feed-user-deactivated")
    @Transactional
    public void userDeactivated(UserChanged user) {
        tokens.revoke(user.userId());
    }

    @EventHandler(type = EventTypes.USER_ROLE_CHANGED, name = "feed-user-role-changed")
    @Transactional
    public void rolesChanged(UserChanged user) {
        if (user.organizationId() != null) {
            tokens.rolesChanged(user.userId(), user.organizationId(), user.roles());
        }
    }

    @EventHandler(type = EventTypes.FAMILY_LINK_CREATED, name = "feed-family-link-created")
    @Transactional
    public void linkCreated(FamilyLinkChanged link) {
        tokens.childLinked(link.parentId(), link.childId(), link.organizationId());
    }

    @EventHandler(type = EventTypes.FAMILY_LINK_REMOVED, name = "feed-family-link-removed")
    @Transactional
    public void linkRemoved(FamilyLinkChanged link) {
        tokens.childUnlinked(link.parentId(), link.childId());
    }
}
