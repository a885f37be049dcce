package com.hockeyhub.shared.saga;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators' view of the sagas of this service: super admins and service tokens see all, club admins the sagas of
 * their own club (another club's saga is a 404).
 */
@RestController
@RequestMapping("/api/sagas")
@Tag(name = "Sagas", description = "State and step log of long-running, compensable operations")
public class SagaController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "finishedAt", "status", "type");

    private final SagaQueries queries;
    private final SagaEngine engine;
    private final JsonMapper json;

    public SagaController(SagaQueries queries, SagaEngine engine, JsonMapper json) {
        this.queries = queries;
        this.engine = engine;
        this.json = json;
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSaga", summary = "A saga with its data and step log",
            description = "SUPER_ADMIN, SERVICE, or CLUB_ADMIN of the saga's organization.")
    public SagaView get(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        user.requireAnyRole(Role.CLUB_ADMIN, Role.SERVICE);
        SagaInstance saga = queries.find(id).orElseThrow(() -> new NotFoundException("Saga", id));
        if (!user.isPlatformWide() && (saga.getOrganizationId() == null
                || !saga.getOrganizationId().equals(user.organizationId()))) {
            throw new NotFoundException("Saga", id);
        }
        return view(saga, queries.stepLog(id).stream().map(SagaView.StepView::of).toList());
    }

    @GetMapping
    @Operation(operationId = "listSagas", summary = "Sagas by status and type, newest first",
            description = "SUPER_ADMIN and SERVICE see all; a CLUB_ADMIN sees the sagas of their organization. "
                    + "status=FAILED lists the sagas that need an operator.")
    public PageResponse<SagaView> list(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "STARTED, RUNNING, COMPENSATING, COMPLETED, COMPENSATED or FAILED")
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        user.requireAnyRole(Role.CLUB_ADMIN, Role.SERVICE);
        UUID organization = user.isPlatformWide() ? null : user.requireOrganizationId();
        Pageable pageable = Paging.pageable(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt"));
        return PageResponse.of(queries.search(parseStatus(status), blankToNull(type), organization, pageable),
                saga -> view(saga, null));
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "retrySaga", summary = "Retry the compensation of a FAILED saga",
            description = "SUPER_ADMIN only, after the cause of the failed compensation was fixed: compensation "
                    + "resumes in the background at the step that failed, with fresh attempts. 409 unless FAILED.")
    public SagaView retry(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        user.requireAnyRole(Role.SUPER_ADMIN);
        SagaInstance saga = queries.find(id).orElseThrow(() -> new NotFoundException("Saga", id));
        if (saga.getStatus() != SagaStatus.FAILED || !engine.retryCompensation(id)) {
            throw new ConflictException("Only a FAILED saga can be retried; saga " + id + " is " + saga.getStatus());
        }
        SagaInstance reopened = queries.find(id).orElseThrow(() -> new NotFoundException("Saga", id));
        return view(reopened, null);
    }

    private SagaView view(SagaInstance saga, List<SagaView.StepView> steps) {
        return new SagaView(saga.getId(), saga.getType(), saga.getDefinitionVersion(), saga.getStatus(),
                saga.getCurrentStep(), json.readTree(saga.getData()), saga.getOrganizationId(), saga.getAttempts(),
                saga.getLastError(), saga.getDeadline(), saga.getLockedBy(), saga.getCreatedAt(), saga.getUpdatedAt(),
                saga.getFinishedAt(), steps);
    }

    private static SagaStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return SagaStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "must be one of " + List.of(SagaStatus.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
