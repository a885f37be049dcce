package com.hockeyhub.shared.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.BatchUsersRequest;
import com.hockeyhub.shared.api.user.BatchUsersResponse;
import com.hockeyhub.shared.api.user.ChildLinkDto;
import com.hockeyhub.shared.api.user.TeamMemberDto;
import com.hockeyhub.shared.api.user.UserDto;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * user-service as seen by the other services (a bean in every service; {@code hockeyhub.clients.user-service.url}).
 * Errors: {@link RemoteNotFoundException}, {@link RemoteClientErrorException}, {@link RemoteServiceUnavailableException}.
 */
@HttpExchange("/api")
public interface UserServiceClient {

    String TARGET = "user-service";
    int MAX_BATCH = 500;
    int PAGE_SIZE = 100;

    @GetExchange("/users/{id}")
    UserDto getUser(@PathVariable UUID id);

    /** The user, or empty when user-service does not know them (or they belong to another club). */
    default Optional<UserDto> findUser(UUID id) {
        try {
            return Optional.of(getUser(id));
        } catch (RemoteNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Up to 500 users; unknown ids come back in {@code missing}. A read, so it carries an idempotency key. */
    @PostExchange("/users/batch")
    BatchUsersResponse batch(@RequestHeader(ResilientCallInterceptor.IDEMPOTENCY_KEY) String idempotencyKey,
            @RequestBody BatchUsersRequest request);

    /** The users among {@code ids} (any number; asked in batches of 500); unknown ids are left out. */
    default List<UserDto> getUsers(Collection<UUID> ids) {
        List<UUID> distinct = ids.stream().distinct().toList();
        List<UserDto> found = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += MAX_BATCH) {
            List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + MAX_BATCH));
            found.addAll(batch(UUID.randomUUID().toString(), new BatchUsersRequest(chunk)).users());
        }
        return found;
    }

    @GetExchange("/teams/{teamId}/members")
    PageResponse<TeamMemberDto> getTeamMembers(@PathVariable UUID teamId, @RequestParam int page,
            @RequestParam int size);

    /** The team's whole active roster, page by page. */
    default List<TeamMemberDto> getAllTeamMembers(UUID teamId) {
        List<TeamMemberDto> members = new ArrayList<>();
        int page = 0;
        PageResponse<TeamMemberDto> current;
        do {
            current = getTeamMembers(teamId, page++, PAGE_SIZE);
            members.addAll(current.content());
        } while (page < current.totalPages());
        return members;
    }

    /** A parent's linked children. */
    @GetExchange("/users/{parentId}/children")
    List<ChildLinkDto> getChildren(@PathVariable UUID parentId);
}
