package com.hockeyhub.communication.delivery;

/** A way out of the service for notifications (e-mail, push). Throws when the delivery failed (it is retried). */
public interface DeliveryChannel {

    /** email or push. */
    String channel();

    void send(Delivery delivery) throws Exception;

    /** What a channel needs to deliver one notification to one person. */
    record Delivery(java.util.UUID id, java.util.UUID userId, String email, String title, String body, String link,
                    String priority) {
    }
}
