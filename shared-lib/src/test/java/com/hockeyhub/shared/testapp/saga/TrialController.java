package com.hockeyhub.shared.testapp.saga;

import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The trial participant over REST, honouring the {@code Idempotency-Key} header. */
@RestController
@RequestMapping("/api/test/trials")
public class TrialController {

    private final TrialService trials;

    public TrialController(TrialService trials) {
        this.trials = trials;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public TrialService.Trial start(CurrentUser user, IdempotencyKey key, @RequestBody TrialService.StartTrial request) {
        user.requireAnyRole(Role.SERVICE);
        return trials.start(key, request);
    }
}
