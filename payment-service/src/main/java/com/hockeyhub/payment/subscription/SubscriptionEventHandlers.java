package com.hockeyhub.payment.subscription;

import com.hockeyhub.shared.api.payment.CapacityDto;
import com.hockeyhub.shared.api.user.UserEvents.OrganizationChanged;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.event.QueryBus;
import com.hockeyhub.payment.usage.UsageResource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new club starts on a trial ({@code organization.created}; the onboarding saga's step converges on the same row),
 * a deleted club's subscription ends ({@code organization.deleted}), and user-service may ask over request-reply whether more members fit ({@link CapacityDto#QUERY}).
 */
@Component
class SubscriptionEventHandlers {

    private final SubscriptionService subscriptions;
    private final QueryBus queries;

    SubscriptionEventHandlers(SubscriptionService subscriptions, QueryBus queries) {
        this.subscriptions = subscriptions;
        this.queries = queries;
    }

    @EventHandler(type = EventTypes.ORGANIZATION_CREATED, name = "organization-created-trial")
    void onOrganizationCreated(OrganizationChanged organization) {
        subscriptions.clubCreated(organization.organizationId());
    }

    @EventHandler(type = EventTypes.ORGANIZATION_DELETED, name = "organization-deleted-cancel")
    void onOrganizationDeleted(OrganizationChanged organization) {
        subscriptions.clubDeleted(organization.organizationId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void answerCapacityQueries() {
        queries.respond(CapacityDto.QUERY, CapacityDto.Query.class, query -> subscriptions.capacity(
                query.organizationId(), UsageResource.of(query.resource()), query.additional()));
    }
}
