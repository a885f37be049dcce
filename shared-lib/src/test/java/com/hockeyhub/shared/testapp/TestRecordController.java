package com.hockeyhub.shared.testapp;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
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

@RestController
@RequestMapping("/api/test-records")
class TestRecordController {

    enum Kind { SMALL, LARGE }

    record CreateRequest(@NotBlank @Size(max = 50) String name, @NotNull @Min(0) @Max(10) Integer quantity,
                         Kind kind, java.util.List<@NotBlank String> labels) {
    }

    record UpdateRequest(@NotBlank String name, @Min(0) @Max(10) int quantity, @NotNull Long version) {
    }

    record TestRecordDto(UUID id, UUID organizationId, String name, int quantity, Long version, UUID createdBy) {
        static TestRecordDto of(TestRecord r) {
            return new TestRecordDto(r.getId(), r.getOrganizationId(), r.getName(), r.getQuantity(), r.getVersion(),
                    r.getCreatedBy());
        }
    }

    private final TestRecordRepository records;

    TestRecordController(TestRecordRepository records) {
        this.records = records;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TestRecordDto create(@Valid @RequestBody CreateRequest request, CurrentUser user) {
        user.requireAnyRole(Role.CLUB_ADMIN, Role.COACH);
        if ("forbidden-name".equals(request.name())) {
            throw new BusinessRuleException("A record may not be called forbidden-name");
        }
        return TestRecordDto.of(records.saveAndFlush(
                new TestRecord(user.requireOrganizationId(), request.name(), request.quantity())));
    }

    @GetMapping
    PageResponse<TestRecordDto> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<String> sort,
            CurrentUser user) {
        return PageResponse.of(records.findByOrganizationId(user.requireOrganizationId(),
                Paging.pageable(page, size, sort, Set.of("name", "quantity"), Sort.by("name"))), TestRecordDto::of);
    }

    /** Anonymous (a public path) and without a club filter: row-level security alone decides what it counts. */
    @GetMapping("/public-count")
    long publicCount(@RequestParam String name) {
        return records.countByName(name);
    }

    @GetMapping("/{id}")
    TestRecordDto get(@PathVariable UUID id, CurrentUser user) {
        return TestRecordDto.of(find(id, user));
    }

    @PutMapping("/{id}")
    @Transactional
    TestRecordDto update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request, CurrentUser user) {
        TestRecord record = find(id, user);
        if (!record.isAtVersion(request.version())) {
            throw new ConflictException("The record was changed since version " + request.version());
        }
        record.rename(request.name(), request.quantity());
        return TestRecordDto.of(records.saveAndFlush(record));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, CurrentUser user) {
        user.requireAnyRole(Role.CLUB_ADMIN);
        records.delete(find(id, user));
    }

    private TestRecord find(UUID id, CurrentUser user) {
        TestRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("Test record", id));
        user.requireOrganization(record.getOrganizationId(), "Test record", id);
        return record;
    }
}
