package com.hockeyhub.user.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends reset links by SMTP. Sending happens off the request thread so that forgot-password answers equally fast
 * for registered and unknown addresses; a failed send is logged (the user can simply ask again).
 */
@Component
class ResetMailer {

    private static final Logger log = LoggerFactory.getLogger(ResetMailer.class);

    private final JavaMailSender mailSender;
    private final TaskExecutor executor;
    private final AuthProperties properties;

    ResetMailer(JavaMailSender mailSender, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            AuthProperties properties) {
        this.mailSender = mailSender;
        this.executor = executor;
        this.properties = properties;
    }

    void sendResetLink(String to, String firstName, String token) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.getMailFrom());
        message.setTo(to);
        message.setSubject("Reset your Hockey Hub password");
        message.setText("Hi " + firstName + ",\n\n"
                + "someone (hopefully you) asked to reset your Hockey Hub password. Open this link within "
                + properties.getResetTokenTtl().toMinutes() + " minutes to choose a new one:\n\n"
                + properties.getResetUrl() + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "\n\n"
                + "Reset code: " + token + "\n\n"
                + "If you did not ask for this, ignore this e-mail; your password stays unchanged.\n");
        executor.execute(() -> {
            try {
                mailSender.send(message);
            } catch (MailException e) {
                log.warn("Could not send the password-reset mail: {}", e.getMessage());
            }
        });
    }
}
