package com.hockeyhub.admin.access;

import java.util.Optional;

import com.hockeyhub.shared.client.ServiceTokenProvider;
import com.hockeyhub.shared.security.CurrentUserAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The token admin-service's platform calls to every service carry (statements, saga outcomes): its own service token,
 * or — without client credentials — the calling super admin's. Taken on the request's thread, so calls made in
 * parallel on other threads carry it too.
 */
@Component
public class OutboundAuthorization {

    private final ServiceTokenProvider serviceTokens;

    OutboundAuthorization(ServiceTokenProvider serviceTokens) {
        this.serviceTokens = serviceTokens;
    }

    /** {@code Bearer …}, or null when there is neither. */
    public String header() {
        Optional<String> token = serviceTokens.token();
        if (token.isPresent()) {
            return "Bearer " + token.get();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CurrentUserAuthentication user && user.getToken() != null) {
            return "Bearer " + user.getToken().getTokenValue();
        }
        return null;
    }
}
