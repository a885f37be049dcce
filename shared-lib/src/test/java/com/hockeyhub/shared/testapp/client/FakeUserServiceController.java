package com.hockeyhub.shared.testapp.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.BatchUsersRequest;
import com.hockeyhub.shared.api.user.BatchUsersResponse;
import com.hockeyhub.shared.api.user.ChildLinkDto;
import com.hockeyhub.shared.api.user.TeamMemberDto;
import com.hockeyhub.shared.api.user.UserDto;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The four user-service endpoints {@link com.hockeyhub.shared.client.UserServiceClient} uses, with user-service's
 * paths and DTOs, so the client's paths, paging and batching are checked inside shared-lib.
 */
@RestController
public class FakeUserServiceController {

    public static final int ROSTER_SIZE = 150;

    private final Map<UUID, UserDto> users = new ConcurrentHashMap<>();
    private final List<String> batchKeys = new java.util.concurrent.CopyOnWriteArrayList<>();

    public UserDto addUser(String firstName) {
        UUID id = UUID.randomUUID();
        UserDto user = new UserDto(id, firstName.toLowerCase() + "@club.test", firstName, "Tester", null,
                LocalDate.of(2010, 5, 1), 17, "forward", "left", true, true, null, "en", UUID.randomUUID(),
                List.of("player"), 0L);
        users.put(id, user);
        return user;
    }

    public List<String> batchKeys() {
        return batchKeys;
    }

    @GetMapping("/api/users/{id}")
    UserDto user(@PathVariable UUID id) {
        UserDto user = users.get(id);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
    }

    @PostMapping("/api/users/batch")
    BatchUsersResponse batch(@RequestBody BatchUsersRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        batchKeys.add(String.valueOf(key));
        List<UserDto> found = request.ids().stream().map(users::get).filter(u -> u != null).toList();
        List<UUID> missing = request.ids().stream().filter(id -> !users.containsKey(id)).toList();
        return new BatchUsersResponse(found, missing);
    }

    @GetMapping("/api/teams/{teamId}/members")
    PageResponse<TeamMemberDto> members(@PathVariable UUID teamId, @RequestParam int page, @RequestParam int size) {
        List<TeamMemberDto> content = IntStream.range(page * size, Math.min(ROSTER_SIZE, (page + 1) * size))
                .mapToObj(i -> new TeamMemberDto(UUID.randomUUID(), teamId, UUID.randomUUID(), "Player", "No" + i,
                        "p" + i + "@club.test", "player", i, "defense", Instant.parse("2026-08-01T00:00:00Z"), null,
                        0L))
                .toList();
        return new PageResponse<>(content, page, size, ROSTER_SIZE, (ROSTER_SIZE + size - 1) / size);
    }

    @GetMapping("/api/users/{parentId}/children")
    List<ChildLinkDto> children(@PathVariable UUID parentId) {
        return List.of(new ChildLinkDto(UUID.randomUUID(), UUID.randomUUID(), parentId, "Pat Parent",
                UUID.randomUUID(), "Kim Kid", LocalDate.of(2014, 3, 3), "mother", true));
    }
}
