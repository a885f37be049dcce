package com.hockeyhub.payment.payment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, UUID> {

    /** Which invoice and club a payment belongs to, without loading (and caching) the payment itself. */
    record Owner(UUID invoiceId, UUID organizationId) {
    }

    @Query("SELECT new com.hockeyhub.payment.payment.PaymentRepository$Owner(p.invoiceId, p.organizationId) "
            + "FROM Payment p WHERE p.id = :id")
    Optional<Owner> findOwner(UUID id);

    List<Payment> findByInvoiceIdOrderByReceivedAtAscIdAsc(UUID invoiceId);
}
