package com.hockeyhub.user.auth;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hockeyhub.auth.*}: token lifetimes, lockout, password reset and service clients. */
@ConfigurationProperties("hockeyhub.auth")
public class AuthProperties {

    /** {@code iss} of issued tokens. */
    private String issuer = "hockey-hub";
    private Duration accessTokenTtl = Duration.ofMinutes(15);
    private Duration refreshTokenTtl = Duration.ofDays(7);
    private Duration serviceTokenTtl = Duration.ofMinutes(5);
    /** Failed logins within {@link #failureWindow} that lock an account. */
    private int maxFailedLogins = 5;
    private Duration failureWindow = Duration.ofMinutes(15);
    private Duration lockDuration = Duration.ofMinutes(30);
    private Duration resetTokenTtl = Duration.ofHours(1);
    /** Link put in reset mails; the token is appended as {@code ?token=...}. */
    private String resetUrl = "http://localhost:3000/reset-password";
    private String mailFrom = "no-reply@hockeyhub.local";
    /** How long the code mailed to a new e-mail address confirms the change. */
    private Duration emailChangeTokenTtl = Duration.ofHours(24);
    /** Link put in e-mail-change confirmations; the code is appended as {@code ?token=...}. */
    private String emailConfirmUrl = "http://localhost:3000/confirm-email";
    /** Client id to secret of the services allowed to obtain service tokens. */
    private Map<String, String> serviceClients = new LinkedHashMap<>();

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = accessTokenTtl;
    }

    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = refreshTokenTtl;
    }

    public Duration getServiceTokenTtl() {
        return serviceTokenTtl;
    }

    public void setServiceTokenTtl(Duration serviceTokenTtl) {
        this.serviceTokenTtl = serviceTokenTtl;
    }

    public int getMaxFailedLogins() {
        return maxFailedLogins;
    }

    public void setMaxFailedLogins(int maxFailedLogins) {
        this.maxFailedLogins = maxFailedLogins;
    }

    public Duration getFailureWindow() {
        return failureWindow;
    }

    public void setFailureWindow(Duration failureWindow) {
        this.failureWindow = failureWindow;
    }

    public Duration getLockDuration() {
        return lockDuration;
    }

    public void setLockDuration(Duration lockDuration) {
        this.lockDuration = lockDuration;
    }

    public Duration getResetTokenTtl() {
        return resetTokenTtl;
    }

    public void setResetTokenTtl(Duration resetTokenTtl) {
        this.resetTokenTtl = resetTokenTtl;
    }

    public String getResetUrl() {
        return resetUrl;
    }

    public void setResetUrl(String resetUrl) {
        this.resetUrl = resetUrl;
    }

    public String getMailFrom() {
        return mailFrom;
    }

    public void setMailFrom(String mailFrom) {
        this.mailFrom = mailFrom;
    }

    public Duration getEmailChangeTokenTtl() {
        return emailChangeTokenTtl;
    }

    public void setEmailChangeTokenTtl(Duration emailChangeTokenTtl) {
        this.emailChangeTokenTtl = emailChangeTokenTtl;
    }

    public String getEmailConfirmUrl() {
        return emailConfirmUrl;
    }

    public void setEmailConfirmUrl(String emailConfirmUrl) {
        this.emailConfirmUrl = emailConfirmUrl;
    }

    public Map<String, String> getServiceClients() {
        return serviceClients;
    }

    public void setServiceClients(Map<String, String> serviceClients) {
        this.serviceClients = serviceClients;
    }
}
