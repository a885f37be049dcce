package com.hockeyhub.medical.access;

import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/access-log")
@Tag(name = "Access log", description = "Who read whose medical record")
class AccessLogController {

    private final AccessLogService service;

    AccessLogController(AccessLogService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Medical access log of the club (newest first)",
            description = "Club admins and medical staff: the whole club, optionally one player or one accessor. "
                    + "A player (or their parent) may ask with playerId for who read their own record.")
    PageResponse<AccessLogService.AccessLogResponse> list(CurrentUser user,
            @RequestParam(required = false) UUID playerId, @RequestParam(required = false) UUID accessorId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(user, playerId, accessorId, page, size);
    }
}
