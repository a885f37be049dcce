package com.hockeyhub.payment.payment;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.payment.payment.PaymentRequests.SavePaymentMethod;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payment-methods")
@Tag(name = "Payment methods", description = "The caller's saved cards, masked (brand, last four digits, expiry); "
        + "pay with one by sending its id as paymentMethodId")
class StoredCardController {

    private final StoredCardService cards;

    StoredCardController(StoredCardService cards) {
        this.cards = cards;
    }

    record StoredCardResponse(UUID id, String provider, String cardBrand, String cardLast4, int expMonth, int expYear) {
        static StoredCardResponse of(StoredCard c) {
            return new StoredCardResponse(c.getId(), c.getProvider(), c.getCardBrand(), c.getCardLast4(),
                    c.getExpMonth(), c.getExpYear());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a card from the processor's card token (only the masked card is kept)")
    StoredCardResponse save(CurrentUser user, @Valid @RequestBody SavePaymentMethod request) {
        return StoredCardResponse.of(cards.save(user, request.cardToken()));
    }

    @GetMapping
    @Operation(summary = "My saved cards")
    List<StoredCardResponse> mine(CurrentUser user) {
        return cards.mine(user).stream().map(StoredCardResponse::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Forget a saved card (mine only; 404 otherwise)")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        cards.delete(user, id);
        return ResponseEntity.noContent().build();
    }
}
