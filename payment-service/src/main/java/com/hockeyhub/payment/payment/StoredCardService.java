package com.hockeyhub.payment.payment;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.payment.access.PaymentAccessPolicy;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved cards of a club member: the card processor keeps the card, this service its token and the masked card. */
@Service
public class StoredCardService {

    private final StoredCardRepository cards;
    private final CardProcessor processor;
    private final PaymentAccessPolicy policy;

    StoredCardService(StoredCardRepository cards, CardProcessor processor, PaymentAccessPolicy policy) {
        this.cards = cards;
        this.processor = processor;
        this.policy = policy;
    }

    @Transactional
    public StoredCard save(CurrentUser user, String cardToken) {
        UUID organizationId = policy.requireClubMember(user);
        return cards.save(new StoredCard(organizationId, user.id(), processor.name(), processor.save(cardToken)));
    }

    @Transactional(readOnly = true)
    public List<StoredCard> mine(CurrentUser user) {
        return cards.findByUserIdAndOrganizationIdOrderByCreatedAtAsc(user.id(), policy.requireClubMember(user));
    }

    @Transactional
    public void delete(CurrentUser user, UUID id) {
        cards.delete(owned(user, id));
    }

    /** The caller's own saved card; 404 for anyone else's. */
    @Transactional(readOnly = true)
    public StoredCard owned(CurrentUser user, UUID id) {
        return cards.findById(id).filter(c -> c.getUserId().equals(user.id())
                && c.getOrganizationId().equals(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("Payment method", id));
    }

    String tokenOf(StoredCard card) {
        return card.getProviderToken();
    }
}
