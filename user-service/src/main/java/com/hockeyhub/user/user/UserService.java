package com.hockeyhub.user.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.UserDto;
import com.hockeyhub.shared.api.user.UserEvents;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTags;
import com.hockeyhub.shared.cache.EvictCacheTags;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.user.organization.UserStatistics;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their club roles. Each public write method is one domain change (the place where its event is
 * published); authorization is decided by the callers (controllers and {@link UserAccess}).
 */
@Service
public class UserService {

    public static final String LISTS = "lists";

    /** Data for a new account; {@code password} null creates an account that must set its password by reset. */
    public record NewUser(String email, String password, String firstName, String lastName, String phone,
                          LocalDate dateOfBirth, Integer jerseyNumber, Position position, Handedness handedness,
                          String preferredLanguage) {
    }

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final UserSearch search;
    private final PasswordEncoder passwordEncoder;
    private final UserStatistics statistics;
    private final ApplicationEventPublisher applicationEvents;
    private final EventPublisher events;

    public UserService(UserRepository users, MembershipRepository memberships, UserSearch search,
            PasswordEncoder passwordEncoder, UserStatistics statistics, ApplicationEventPublisher applicationEvents,
            EventPublisher events) {
        this.users = users;
        this.memberships = memberships;
        this.search = search;
        this.passwordEncoder = passwordEncoder;
        this.statistics = statistics;
        this.applicationEvents = applicationEvents;
        this.events = events;
    }

    /** Self-registration: an account without a club (a club admin adds it to the club later). */
    @Transactional
    public User register(NewUser data) {
        User user = users.saveAndFlush(newUser(data));
        publish(EventTypes.USER_CREATED, user, null);
        return user;
    }

    /** A club admin adds a person with their roles to a club. */
    @EvictCacheTags("T(com.hockeyhub.shared.cache.CacheTag).org(#organizationId)")
    @Transactional
    public User createInOrganization(NewUser data, UUID organizationId, Set<Role> roles) {
        return createInOrganization(data, organizationId, roles, null);
    }

    /** With {@code id} the user gets that id instead of a generated one (seeds: shared-lib {@code DemoClub}). */
    @EvictCacheTags("T(com.hockeyhub.shared.cache.CacheTag).org(#organizationId)")
    @Transactional
    public User createInOrganization(NewUser data, UUID organizationId, Set<Role> roles, UUID id) {
        User fresh = newUser(data);
        if (id != null) {
            fresh.assignId(id);
        }
        User user = users.saveAndFlush(fresh);
        for (Role role : roles) {
            memberships.save(new Membership(user.getId(), organizationId, role));
        }
        memberships.flush();
        statistics.requestRefresh();
        publish(EventTypes.USER_CREATED, user, organizationId);
        return user;
    }

    @Transactional(readOnly = true)
    public User require(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional(readOnly = true)
    public Optional<User> find(UUID id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<User> findByEmail(String email) {
        return users.findByEmail(email.trim());
    }

    @Transactional(readOnly = true)
    public List<User> findAll(Collection<UUID> ids) {
        return users.findAllById(ids);
    }

    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(UUID userId) {
        return memberships.findByUserIdOrderByJoinedAtAsc(userId).stream().filter(Membership::isActive).toList();
    }

    /** The clubs the user belongs to (active memberships), oldest first. */
    @Transactional(readOnly = true)
    public Set<UUID> organizationsOf(UUID userId) {
        return membershipsOf(userId).stream().map(Membership::getOrganizationId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The club the user works in: their oldest active membership's, or null for a user without a club. */
    @Transactional(readOnly = true)
    public UUID primaryOrganization(UUID userId) {
        return organizationsOf(userId).stream().findFirst().orElse(null);
    }

    /** The user's roles in a club; a platform role (super admin) counts everywhere. */
    @Transactional(readOnly = true)
    public Set<Role> rolesIn(UUID userId, UUID organizationId) {
        Set<Role> roles = new LinkedHashSet<>();
        for (Membership m : membershipsOf(userId)) {
            if (m.getRole() == Role.SUPER_ADMIN || m.getOrganizationId().equals(organizationId)) {
                roles.add(m.getRole());
            }
        }
        return roles;
    }

    /** 404 unless the user exists and belongs to the club. */
    @Transactional(readOnly = true)
    public User requireInOrganization(UUID userId, UUID organizationId) {
        User user = require(userId);
        if (organizationId != null && !memberships.existsByUserIdAndOrganizationId(userId, organizationId)) {
            throw new NotFoundException("User", userId);
        }
        return user;
    }

    /**
     * Club lists are cached ({@code lists}, short TTL), tagged with the club and the team filter: any change to a
     * member of the club or to the team's roster evicts them. Platform-wide lists are not cached.
     */
    @Cacheable(cacheNames = LISTS, key = "#criteria.toString() + '|' + #pageable.toString()", sync = true,
            condition = "#criteria.organizationId() != null")
    @CacheTags({"T(com.hockeyhub.shared.cache.CacheTag).org(#criteria.organizationId())",
            "#criteria.teamId() == null ? null : T(com.hockeyhub.shared.cache.CacheTag).team(#criteria.teamId())"})
    @Transactional(readOnly = true)
    public PageResponse<UserDto> list(UserSearch.Criteria criteria, Pageable pageable) {
        Page<UUID> ids = search.search(criteria, pageable);
        Map<UUID, User> found = users.findAllById(ids.getContent()).stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        List<User> ordered = ids.getContent().stream().map(found::get).filter(u -> u != null).toList();
        List<UserDto> dtos = toDtos(ordered, criteria.organizationId());
        return new PageResponse<>(dtos, ids.getNumber(), ids.getSize(), ids.getTotalElements(), ids.getTotalPages());
    }

    @EvictCacheTags("#root.target.cacheTagsOf(#id)")
    @Transactional
    public User update(UUID id, UserRequests.UpdateUser request, boolean asAdmin) {
        User user = require(id);
        if (request.version() != null && !user.isAtVersion(request.version())) {
            throw new ConflictException("The user was changed by someone else; reload it and try again");
        }
        // the e-mail address is never set here: it changes only once the new address confirmed it (auth.EmailChanges)
        if (request.firstName() != null) {
            user.setFirstName(request.firstName().trim());
        }
        if (request.lastName() != null) {
            user.setLastName(request.lastName().trim());
        }
        if (request.phone() != null) {
            user.setPhone(request.phone());
        }
        if (request.dateOfBirth() != null) {
            user.setDateOfBirth(request.dateOfBirth());
        }
        if (request.jerseyNumber() != null) {
            user.setJerseyNumber(request.jerseyNumber());
        }
        if (request.position() != null) {
            user.setPosition(request.position());
        }
        if (request.handedness() != null) {
            user.setHandedness(request.handedness());
        }
        if (request.preferredLanguage() != null) {
            user.setPreferredLanguage(request.preferredLanguage());
        }
        boolean activeChanged = request.active() != null && request.active() != user.isActive();
        if (activeChanged) {
            if (!asAdmin) {
                throw new com.hockeyhub.shared.web.ForbiddenException("Only a club admin can activate or deactivate users");
            }
            user.setActive(request.active());
            statistics.requestRefresh();
            if (!request.active()) {
                applicationEvents.publishEvent(new SessionsRevoked(id, "deactivated"));
            }
        }
        Long versionBefore = user.getVersion();
        User saved = users.saveAndFlush(user);
        UUID organizationId = primaryOrganization(id);
        if (activeChanged) {
            publish(saved.isActive() ? EventTypes.USER_ACTIVATED : EventTypes.USER_DEACTIVATED, saved, organizationId);
        }
        // any other field that really changed bumps the version (an activation alone is reported above)
        if (!java.util.Objects.equals(saved.getVersion(), versionBefore) && profileTouched(request)) {
            publish(EventTypes.USER_UPDATED, saved, organizationId);
        }
        return saved;
    }

    /**
     * Sets the confirmed new login address (the confirmation code reached it): verified, announced as
     * {@code user.updated}, and every session of the user ends.
     */
    @EvictCacheTags("#root.target.cacheTagsOf(#userId)")
    @Transactional
    public User applyEmailChange(UUID userId, String newEmail) {
        User user = require(userId);
        String email = normalizeEmail(newEmail);
        if (!email.equals(user.getEmail())) {
            if (users.existsByEmail(email)) {
                throw new ConflictException("A user with this e-mail address already exists");
            }
            user.setEmail(email);
        }
        user.setEmailVerified(true);
        User saved = users.saveAndFlush(user);
        publish(EventTypes.USER_UPDATED, saved, primaryOrganization(userId));
        applicationEvents.publishEvent(new SessionsRevoked(userId, "e-mail changed"));
        return saved;
    }

    /** The target of an administrative action as {@link UserAccess} judges it: its clubs and all its roles. */
    @Transactional(readOnly = true)
    public UserAccess.Target accessTarget(UUID userId) {
        List<Membership> active = membershipsOf(userId);
        return new UserAccess.Target(userId,
                active.stream().map(Membership::getOrganizationId).collect(Collectors.toSet()),
                active.stream().map(Membership::getRole).collect(Collectors.toSet()));
    }

    @Transactional(readOnly = true)
    public boolean emailTaken(String email) {
        return users.existsByEmail(normalizeEmail(email));
    }

    private static boolean profileTouched(UserRequests.UpdateUser r) {
        return r.firstName() != null || r.lastName() != null || r.phone() != null
                || r.dateOfBirth() != null || r.jerseyNumber() != null || r.position() != null
                || r.handedness() != null || r.preferredLanguage() != null;
    }

    /** Replaces the user's roles in one club. */
    @EvictCacheTags({"T(com.hockeyhub.shared.cache.CacheTag).user(#userId)",
            "T(com.hockeyhub.shared.cache.CacheTag).org(#organizationId)"})
    @Transactional
    public void replaceRoles(UUID userId, UUID organizationId, Set<Role> roles) {
        User user = require(userId);
        List<Membership> current = memberships.findByUserIdAndOrganizationId(userId, organizationId);
        Set<Role> existing = current.stream().map(Membership::getRole).collect(Collectors.toSet());
        for (Membership m : current) {
            if (!roles.contains(m.getRole())) {
                memberships.delete(m);
            }
        }
        for (Role role : roles) {
            if (!existing.contains(role)) {
                memberships.save(new Membership(userId, organizationId, role));
            }
        }
        memberships.flush();
        statistics.requestRefresh();
        if (!existing.equals(roles)) {
            applicationEvents.publishEvent(new AccessTokensOutdated(userId, "roles changed"));
            publish(EventTypes.USER_ROLE_CHANGED, user, organizationId);
        }
    }

    /** Soft delete; the user's club memberships, team memberships and family links end with it. */
    @EvictCacheTags("#root.target.cacheTagsOf(#userId)")
    @Transactional
    public void delete(UUID userId) {
        User user = require(userId);
        Set<UUID> clubs = organizationsOf(userId);
        memberships.deleteAll(memberships.findByUserIdOrderByJoinedAtAsc(userId));
        applicationEvents.publishEvent(new UserDeleted(userId));
        applicationEvents.publishEvent(new SessionsRevoked(userId, "deleted"));
        // one event per club the user belonged to, so each club's consumers learn it; a user without a club: one
        if (clubs.isEmpty()) {
            events.publish(EventTypes.USER_DELETED, null, new UserEvents.UserDeleted(userId, null));
        }
        clubs.forEach(club -> events.publish(EventTypes.USER_DELETED, club, new UserEvents.UserDeleted(userId, club)));
        users.delete(user);
        users.flush();
        statistics.requestRefresh();
    }

    @Transactional
    public void changePassword(UUID userId, String newPassword) {
        User user = require(userId);
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        users.saveAndFlush(user);
    }

    @EvictCacheTags("#root.target.cacheTagsOf(#userId)")
    @Transactional
    public void recordLogin(UUID userId) {
        users.findById(userId).ifPresent(user -> user.setLastLoginAt(Instant.now()));
    }

    public boolean passwordMatches(User user, String rawPassword) {
        return passwordMatchesHash(user.getPasswordHash(), rawPassword);
    }

    public boolean passwordMatchesHash(String hash, String rawPassword) {
        return passwordEncoder.matches(rawPassword, hash);
    }

    @Transactional(readOnly = true)
    public UserDto toDto(User user) {
        return toDtos(List.of(user), null).get(0);
    }

    @Transactional(readOnly = true)
    public UserDto toDto(User user, UUID organizationContext) {
        return toDtos(List.of(user), organizationContext).get(0);
    }

    /** DTOs with each user's club and roles there, as {@link CachedUser#toDto} chooses them. */
    @Transactional(readOnly = true)
    public List<UserDto> toDtos(List<User> list, UUID organizationContext) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Membership>> byUser = memberships.findByUserIdInOrderByJoinedAtAsc(
                        list.stream().map(User::getId).toList()).stream()
                .filter(Membership::isActive)
                .collect(Collectors.groupingBy(Membership::getUserId, LinkedHashMap::new, Collectors.toList()));
        List<UserDto> result = new ArrayList<>(list.size());
        for (User user : list) {
            result.add(CachedUser.of(user, byUser.getOrDefault(user.getId(), List.of())).toDto(organizationContext));
        }
        return result;
    }

    /**
     * {@code user:<id>} and {@code org:<id>} of every club the user ever belonged to: ended memberships included, so
     * the tags are still known after a delete ended them.
     */
    @Transactional(readOnly = true)
    public List<String> cacheTagsOf(UUID userId) {
        List<String> tags = new ArrayList<>();
        tags.add(CacheTag.user(userId));
        memberships.findOrganizationIdsEverOf(userId).forEach(o -> tags.add(CacheTag.org(o)));
        return tags;
    }

    /** Role names from a request; unknown names and the service role are a 400 on {@code field}. */
    public static Set<Role> parseRoles(List<String> names, String field) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String name : names) {
            try {
                Role role = Role.parse(name);
                if (role == Role.SERVICE) {
                    throw new IllegalArgumentException();
                }
                roles.add(role);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(field, "unknown role '" + name + "'");
            }
        }
        return roles;
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Publishes a user event with the user's state and roles in {@code organizationId} (null: no club). */
    private void publish(String type, User user, UUID organizationId) {
        List<String> roles = organizationId == null ? List.of() : rolesIn(user.getId(), organizationId).stream()
                .sorted().map(Role::claimValue).toList();
        events.publish(type, organizationId, new UserEvents.UserChanged(user.getId(), organizationId, user.getEmail(),
                user.getFirstName(), user.getLastName(), roles, user.isActive()));
    }

    private User newUser(NewUser data) {
        String email = normalizeEmail(data.email());
        if (users.existsByEmail(email)) {
            throw new ConflictException("A user with this e-mail address already exists");
        }
        String hash = data.password() != null ? passwordEncoder.encode(data.password())
                // nobody knows this password: the account is activated through the password-reset flow
                : passwordEncoder.encode(UUID.randomUUID() + "Aa1" + UUID.randomUUID());
        User user = new User(email, hash, data.firstName().trim(), data.lastName().trim());
        user.setPhone(data.phone());
        user.setDateOfBirth(data.dateOfBirth());
        user.setJerseyNumber(data.jerseyNumber());
        user.setPosition(data.position());
        user.setHandedness(data.handedness());
        if (data.preferredLanguage() != null) {
            user.setPreferredLanguage(data.preferredLanguage());
        }
        return user;
    }
}
