package com.hockeyhub.medical.treatment;

import java.util.List;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/injuries/{injuryId}/treatments")
@Tag(name = "Treatments", description = "Treatments of an injury (details encrypted at rest)")
class TreatmentController {

    private final TreatmentService treatments;

    TreatmentController(TreatmentService treatments) {
        this.treatments = treatments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a treatment (medical staff)")
    TreatmentService.TreatmentResponse add(CurrentUser user, @PathVariable UUID injuryId,
            @Valid @RequestBody TreatmentService.AddTreatment request) {
        return treatments.add(user, injuryId, request);
    }

    @GetMapping
    @Operation(summary = "Treatments of an injury (full access to the player required)")
    PageResponse<TreatmentService.TreatmentResponse> list(CurrentUser user, @PathVariable UUID injuryId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        return treatments.list(user, injuryId, page, size, sort);
    }
}
