package com.hockeyhub.communication.delivery;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through SMTP (Spring Mail). */
@Component
class EmailChannel implements DeliveryChannel {

    private final JavaMailSender mail;
    private final DeliveryProperties properties;

    EmailChannel(JavaMailSender mail, DeliveryProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public String channel() {
        return "email";
    }

    @Override
    public void send(Delivery delivery) {
        if (delivery.email() == null || delivery.email().isBlank()) {
            throw new IllegalStateException("no e-mail address known for the person");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(delivery.email());
        message.setSubject(("urgent".equals(delivery.priority()) ? "[Urgent] " : "") + delivery.title());
        message.setText((delivery.body() == null ? "" : delivery.body() + "\n\n")
                + (delivery.link() == null ? "" : "Open Hockey Hub: " + delivery.link() + "\n"));
        mail.send(message);
    }
}
