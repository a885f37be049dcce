package com.hockeyhub.communication.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Mobile push behind {@link DeliveryChannel}: this implementation logs (a provider adapter replaces it). */
@Component
class LoggingPushChannel implements DeliveryChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingPushChannel.class);

    @Override
    public String channel() {
        return "push";
    }

    @Override
    public void send(Delivery delivery) {
        log.info("Push to {}: {} ({})", delivery.userId(), delivery.title(), delivery.priority());
    }
}
