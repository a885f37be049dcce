package com.hockeyhub.user.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.api.user.ChildLinkDto;
import com.hockeyhub.shared.api.user.UserEvents;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.NotFoundException;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.user.user.User;
import com.hockeyhub.user.user.UserDeleted;
import com.hockeyhub.user.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parent-child links and their rules: the child is a minor, the parent at least 18 years older, nobody is their own
 * parent, both belong to the club. Each public write method is one domain change.
 */
@Service
public class FamilyService {

    static final int ADULT_AGE = 18;
    static final int MIN_AGE_GAP_YEARS = 18;

    public record NewLink(UUID parentId, UUID childId, RelationshipType relationshipType, boolean primaryContact) {
    }

    private final FamilyLinkRepository links;
    private final UserService users;
    private final EventPublisher events;

    public FamilyService(FamilyLinkRepository links, UserService users, EventPublisher events) {
        this.links = links;
        this.users = users;
        this.events = events;
    }

    @Transactional
    public ChildLinkDto link(UUID organizationId, NewLink request) {
        if (request.parentId().equals(request.childId())) {
            throw new BusinessRuleException("A user cannot be linked to themselves");
        }
        User parent = users.requireInOrganization(request.parentId(), organizationId);
        User child = users.requireInOrganization(request.childId(), organizationId);
        LocalDate today = LocalDate.now();
        if (child.getDateOfBirth() == null) {
            throw new BusinessRuleException("The child's date of birth must be known to link a parent");
        }
        if (Period.between(child.getDateOfBirth(), today).getYears() >= ADULT_AGE) {
            throw new BusinessRuleException("Only a child under " + ADULT_AGE + " can be linked to a parent");
        }
        if (parent.getDateOfBirth() == null) {
            throw new BusinessRuleException("The parent's date of birth must be known to link a child");
        }
        if (parent.getDateOfBirth().plusYears(MIN_AGE_GAP_YEARS).isAfter(child.getDateOfBirth())) {
            throw new BusinessRuleException("A parent must be at least " + MIN_AGE_GAP_YEARS
                    + " years older than the child");
        }
        if (links.existsByParentIdAndChildId(parent.getId(), child.getId())) {
            throw new ConflictException("These users are already linked");
        }
        FamilyLink link = links.saveAndFlush(new FamilyLink(organizationId, parent.getId(), child.getId(),
                request.relationshipType(), request.primaryContact()));
        publish(EventTypes.FAMILY_LINK_CREATED, link);
        return toDto(link, parent, child);
    }

    @Transactional(readOnly = true)
    public FamilyLink require(UUID id) {
        return links.findById(id).orElseThrow(() -> new NotFoundException("Family link", id));
    }

    @Transactional
    public void unlink(UUID id) {
        FamilyLink link = require(id);
        links.delete(link);
        links.flush();
        publish(EventTypes.FAMILY_LINK_REMOVED, link);
    }

    @Transactional(readOnly = true)
    public PageResponse<ChildLinkDto> list(UUID organizationId, UUID parentId, UUID childId, Pageable pageable) {
        // a filter naming someone of another club is someone missing (404), not an empty page
        if (organizationId != null && parentId != null) {
            users.requireInOrganization(parentId, organizationId);
        }
        if (organizationId != null && childId != null) {
            users.requireInOrganization(childId, organizationId);
        }
        Page<FamilyLink> page = links.search(organizationId, parentId, childId, pageable);
        Map<UUID, User> people = people(page.getContent());
        return PageResponse.of(page, l -> toDto(l, people.get(l.getParentId()), people.get(l.getChildId())));
    }

    @Transactional(readOnly = true)
    public List<ChildLinkDto> childrenOf(UUID parentId) {
        return childrenOf(parentId, null);
    }

    /** The parent's children linked in the club ({@code null}: in every club, for platform operators). */
    @Transactional(readOnly = true)
    public List<ChildLinkDto> childrenOf(UUID parentId, UUID organizationId) {
        List<FamilyLink> found = links.findByParentId(parentId).stream()
                .filter(l -> organizationId == null || organizationId.equals(l.getOrganizationId())).toList();
        Map<UUID, User> people = people(found);
        return found.stream().map(l -> toDto(l, people.get(l.getParentId()), people.get(l.getChildId()))).toList();
    }

    @Transactional(readOnly = true)
    public Set<UUID> childIdsOf(UUID parentId) {
        return childIdsOf(parentId, null);
    }

    /** The ids of the parent's children linked in the club ({@code null}: every club). */
    @Transactional(readOnly = true)
    public Set<UUID> childIdsOf(UUID parentId, UUID organizationId) {
        return links.findByParentId(parentId).stream()
                .filter(l -> organizationId == null || organizationId.equals(l.getOrganizationId()))
                .map(FamilyLink::getChildId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @EventListener
    public void onUserDeleted(UserDeleted event) {
        List<FamilyLink> involved = links.findInvolving(event.userId());
        links.deleteAll(involved);
        involved.forEach(link -> publish(EventTypes.FAMILY_LINK_REMOVED, link));
    }

    private void publish(String type, FamilyLink l) {
        events.publish(type, l.getOrganizationId(), new UserEvents.FamilyLinkChanged(l.getParentId(), l.getChildId(),
                l.getOrganizationId(), ApiEnums.value(l.getRelationshipType()), l.isPrimaryContact()));
    }

    private Map<UUID, User> people(List<FamilyLink> found) {
        Set<UUID> ids = found.stream().flatMap(l -> Stream.of(l.getParentId(), l.getChildId()))
                .collect(Collectors.toSet());
        return users.findAll(ids).stream().collect(Collectors.toMap(User::getId, Function.identity()));
    }

    private static ChildLinkDto toDto(FamilyLink l, User parent, User child) {
        return new ChildLinkDto(l.getId(), l.getOrganizationId(), l.getParentId(),
                parent == null ? null : parent.getFullName(), l.getChildId(), child == null ? null : child.getFullName(),
                child == null ? null : child.getDateOfBirth(), ApiEnums.value(l.getRelationshipType()),
                l.isPrimaryContact());
    }
}
