package com.hockeyhub.calendar.resource;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/resources")
@Tag(name = "Resources", description = "Rinks, gyms, rooms, vehicles and equipment that can be booked")
class ResourceController {

    private static final Set<String> SORTABLE = Set.of("name", "type", "createdAt");

    private final ResourceService resources;

    public ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @PostMapping
    @Operation(summary = "Add a resource (club admin, equipment manager)")
    public ResponseEntity<ResourceResponse> create(@Valid @RequestBody ResourceRequest request, CurrentUser user) {
        Resource resource = resources.create(request, user);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(resource.getId()).toUri();
        return ResponseEntity.created(location).body(ResourceResponse.of(resource));
    }

    @GetMapping
    @Operation(summary = "The club's resources")
    public PageResponse<ResourceResponse> list(@RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, CurrentUser user) {
        return PageResponse.of(resources.list(ApiEnums.param(ResourceType.class, "type", type), user,
                Paging.pageable(page, size, sort, SORTABLE, Sort.by("name"))), ResourceResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One resource")
    public ResourceResponse get(@PathVariable UUID id, CurrentUser user) {
        return ResourceResponse.of(resources.get(id, user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a resource (club admin, equipment manager)")
    public ResourceResponse update(@PathVariable UUID id, @Valid @RequestBody ResourceRequest request,
            CurrentUser user) {
        return ResourceResponse.of(resources.update(id, request, user));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a resource (club admin, equipment manager)")
    public void delete(@PathVariable UUID id, CurrentUser user) {
        resources.delete(id, user);
    }
}
