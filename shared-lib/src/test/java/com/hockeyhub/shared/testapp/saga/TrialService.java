package com.hockeyhub.shared.testapp.saga;

import java.util.UUID;

import com.hockeyhub.shared.idempotency.IdempotencyKey;
import com.hockeyhub.shared.idempotency.IdempotencyStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A saga participant in the style of payment-service's "start trial subscription": idempotent through the
 * {@link IdempotencyStore}, both for REST callers ({@code Idempotency-Key}) and for saga steps ({@code sagaId:step}).
 */
@Service
public class TrialService {

    private final JdbcTemplate jdbc;
    private final IdempotencyStore idempotency;

    public TrialService(JdbcTemplate jdbc, IdempotencyStore idempotency) {
        this.jdbc = jdbc;
        this.idempotency = idempotency;
    }

    public record StartTrial(UUID organizationId, String plan) {
    }

    public record Trial(UUID id, UUID organizationId, String plan, String status) {
    }

    public Trial start(IdempotencyKey key, StartTrial request) {
        return idempotency.execute("trials.start", key, request, Trial.class, () -> insert(request));
    }

    public Trial start(String sagaKey, StartTrial request) {
        return idempotency.execute("trials.start", sagaKey, request, Trial.class, () -> insert(request));
    }

    public void cancel(String sagaKey, UUID organizationId) {
        idempotency.runOnce("trials.cancel", sagaKey, () -> jdbc.update(
                "UPDATE saga_demo_trial SET status = 'CANCELLED' WHERE organization_id = ?", organizationId));
    }

    public int countFor(UUID organizationId) {
        return jdbc.queryForObject("SELECT count(*) FROM saga_demo_trial WHERE organization_id = ?", Integer.class,
                organizationId);
    }

    private Trial insert(StartTrial request) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO saga_demo_trial (id, organization_id, plan, status) VALUES (?, ?, ?, 'ACTIVE')", id,
                request.organizationId(), request.plan());
        return new Trial(id, request.organizationId(), request.plan(), "ACTIVE");
    }
}
