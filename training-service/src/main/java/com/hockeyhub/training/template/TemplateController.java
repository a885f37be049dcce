package com.hockeyhub.training.template;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/templates")
@Tag(name = "Session templates", description = "Reusable sessions; visibility private, team or organization")
class TemplateController {

    private final TemplateService templates;

    TemplateController(TemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "The templates the caller may see")
    List<TemplateResponse> list(CurrentUser user) {
        return templates.visible(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One template (404 when the caller may not see it)")
    TemplateResponse get(CurrentUser user, @PathVariable UUID id) {
        return templates.get(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a template from the club's exercises (trainers, coaches, club admins)")
    TemplateResponse create(CurrentUser user, @Valid @RequestBody TemplateRequest request) {
        return templates.create(request, user);
    }
}
