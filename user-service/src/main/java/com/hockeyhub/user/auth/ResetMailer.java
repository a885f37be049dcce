package com.hockeyhub.user.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import com.hockeyhub.shared.db.AcrossClubs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends reset links and address-change mails by SMTP, off the request thread, so that forgot-password answers
 * equally fast for registered and unknown addresses; a failed send is logged (the user can simply ask again).
 */
@Component
class ResetMailer {

    private static final Logger log = LoggerFactory.getLogger(ResetMailer.class);

    private final JavaMailSender mailSender;
    private final TaskExecutor executor;
    private final AuthProperties properties;
    private final ExecutorService resets = Executors.newSingleThreadExecutor(job -> {
        // an anonymous caller's reset: the account it names is found by its address, in whichever club
        Thread thread = new Thread(AcrossClubs.task(job), "password-reset");
        thread.setDaemon(true);
        return thread;
    });

    ResetMailer(JavaMailSender mailSender, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            AuthProperties properties) {
        this.mailSender = mailSender;
        this.executor = executor;
        this.properties = properties;
    }

    void sendEmailChangeConfirmation(String to, String firstName, String token) {
        send(to, "Confirm your new Hockey Hub e-mail address", "Hi " + firstName + ",\n\n"
                + "this address was given as the new login of a Hockey Hub account. Open this link within "
                + properties.getEmailChangeTokenTtl().toHours() + " hours to confirm it:\n\n"
                + properties.getEmailConfirmUrl() + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "\n\nConfirmation code: " + token + "\n\n"
                + "Until it is confirmed the account keeps its current address. If you did not expect this, ignore "
                + "this e-mail.\n");
    }

    void sendEmailChangeNotice(String to, String firstName, String newEmail, boolean byAdmin) {
        send(to, "Your Hockey Hub e-mail address is being changed", "Hi " + firstName + ",\n\n"
                + (byAdmin ? "an administrator of your club" : "someone signed in to your account")
                + " asked to change your login address to " + newEmail + ". It changes only when the code sent "
                + "there is confirmed; all your sessions then end.\n\n"
                + "If this was not you or not agreed with you, change your password and contact your club.\n");
    }

    /**
     * Runs reset work (token and mail) off the request thread, one job after the other in the order asked: a second
     * request's token voids the first one's, and its mail arrives last.
     */
    void inOrder(Runnable job) {
        resets.execute(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("Could not issue a reset link: {}", e.getMessage());
            }
        });
    }

    /** Sends on the calling thread; see {@link #inOrder}. */
    void sendResetLinkNow(String to, String firstName, String token) {
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
        try {
            mailSender.send(message);
        } catch (MailException e) {
            log.warn("Could not send the mail '{}': {}", message.getSubject(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        resets.shutdown();
    }

    private void send(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.getMailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        send(message);
    }

    private void send(SimpleMailMessage message) {
        executor.execute(() -> {
            try {
                mailSender.send(message);
            } catch (MailException e) {
                log.warn("Could not send the mail '{}': {}", message.getSubject(), e.getMessage());
            }
        });
    }
}
