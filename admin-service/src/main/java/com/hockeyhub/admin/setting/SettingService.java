package com.hockeyhub.admin.setting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.hockeyhub.admin.access.AdminAccessPolicy;
import com.hockeyhub.shared.api.admin.AdminEvents.ConfigChanged;
import com.hockeyhub.shared.api.admin.AdminEvents.FeatureToggled;
import com.hockeyhub.shared.cache.CacheTag;
import com.hockeyhub.shared.cache.CacheTagInvalidator;
import com.hockeyhub.shared.event.EventPublisher;
import com.hockeyhub.shared.event.EventTypes;
import com.hockeyhub.shared.roster.Roster;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.ForbiddenException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Settings and their values in four scopes. The value that applies to a person is theirs, else their team's, else
 * the club's, else the system's. Every change is validated against the setting's rules, publishes
 * {@code config.changed} (and {@code feature.toggled} for flags) and evicts the club's cached values after commit.
 */
@Service
public class SettingService {

    private final SettingDefinitionRepository definitions;
    private final ClubSettingRepository values;
    private final ClubOverridesCache overrides;
    private final AdminAccessPolicy policy;
    private final Roster roster;
    private final EventPublisher events;
    private final CacheTagInvalidator invalidator;

    SettingService(SettingDefinitionRepository definitions, ClubSettingRepository values, ClubOverridesCache overrides,
            AdminAccessPolicy policy, Roster roster, EventPublisher events, CacheTagInvalidator invalidator) {
        this.definitions = definitions;
        this.values = values;
        this.overrides = overrides;
        this.policy = policy;
        this.roster = roster;
        this.events = events;
        this.invalidator = invalidator;
    }

    /** A lookup's subject: the club, and optionally one of its teams and one of its people. */
    public record Subject(UUID organizationId, UUID teamId, UUID userId) {
    }

    @Transactional(readOnly = true)
    public List<SettingViews.Definition> definitions(CurrentUser user) {
        boolean all = policy.readsPrivateSettings(user);
        return definitions.findAllByOrderByCategoryAscKeyAsc().stream().filter(d -> all || d.isPublicValue())
                .map(SettingViews.Definition::of).toList();
    }

    /** Who the lookup is for: the caller by default; a named team or person must be the club's (404 otherwise). */
    public Subject subject(CurrentUser user, UUID requestedOrganization, UUID teamId, UUID userId) {
        UUID club = policy.clubToRead(user, requestedOrganization);
        if (teamId != null) {
            requireTeam(club, teamId);
        }
        UUID person = userId;
        if (person == null && !user.isPlatformWide()) {
            person = user.id();
        } else if (person != null && !person.equals(user.id())) {
            policy.requireUserValuesReader(user, person);
            requirePerson(club, person);
        }
        return new Subject(club, teamId, person);
    }

    @Transactional(readOnly = true)
    public SettingViews.Effective effective(String key, Subject subject, CurrentUser user) {
        SettingDefinition definition = requireDefinition(key);
        if (!definition.isPublicValue() && !policy.readsPrivateSettings(user)) {
            throw new ForbiddenException("Setting " + key + " is visible to the club's administrators only");
        }
        return resolve(definition, overrides.of(subject.organizationId()), subject);
    }

    /** Every setting (or every one of a category) that applies to the subject, as the caller may see them. */
    @Transactional(readOnly = true)
    public List<SettingViews.Effective> effectiveAll(Subject subject, String category, CurrentUser user) {
        boolean all = policy.readsPrivateSettings(user);
        ClubOverrides club = overrides.of(subject.organizationId());
        List<SettingViews.Effective> result = new ArrayList<>();
        for (SettingDefinition definition : definitions.findAllByOrderByCategoryAscKeyAsc()) {
            if ((all || definition.isPublicValue()) && (category == null || category.equals(definition.getCategory()))) {
                result.add(resolve(definition, club, subject));
            }
        }
        return result;
    }

    private static SettingViews.Effective resolve(SettingDefinition definition, ClubOverrides club, Subject subject) {
        String key = definition.getKey();
        Optional<ClubOverrides.Value> value = club.find(SettingScope.USER, subject.userId(), key)
                .or(() -> club.find(SettingScope.TEAM, subject.teamId(), key))
                .or(() -> club.find(SettingScope.ORGANIZATION, subject.organizationId(), key));
        return value.map(v -> new SettingViews.Effective(key, definition.getCategory(), definition.getType(),
                        SettingViews.parse(v.valueJson()), v.scope()))
                .orElseGet(() -> new SettingViews.Effective(key, definition.getCategory(), definition.getType(),
                        SettingViews.parse(definition.getSystemValue()), SettingScope.SYSTEM));
    }

    /** Sets the value of one scope (the system's: super admins); read-only settings refuse club values (409). */
    @Transactional
    public SettingViews.Value set(String key, SettingScope scope, UUID scopeId, UUID requestedOrganization,
            JsonNode value, CurrentUser user) {
        SettingDefinition definition = requireDefinition(key);
        if (scope == SettingScope.SYSTEM) {
            policy.requireSuperAdmin(user);
            definition.changeSystemValue(value);
            definitions.saveAndFlush(definition);
            announce(definition, SettingScope.SYSTEM, null, null, definition.getSystemValue());
            return SettingViews.Value.system(definition);
        }
        UUID club = policy.clubToRead(user, requestedOrganization);
        UUID target = authorizeScope(scope, scopeId, club, user);
        if (definition.isReadOnly()) {
            throw new ConflictException("Setting " + key + " is read-only");
        }
        String json = definition.checked(value, "value");
        ClubSetting setting = values.findByOrganizationIdAndScopeAndScopeIdAndKey(club, scope, target, key)
                .orElse(null);
        boolean changed;
        if (setting == null) {
            setting = new ClubSetting(club, scope, target, key, json, false);
            changed = true;
        } else {
            changed = setting.change(json);
        }
        setting = values.saveAndFlush(setting);
        if (changed) {
            announce(definition, scope, target, club, json);
            invalidator.invalidate(CacheTag.org(club));
        }
        return SettingViews.Value.of(setting);
    }

    /** Removes one scope's value, so the next scope applies again. */
    @Transactional
    public void remove(String key, SettingScope scope, UUID scopeId, UUID requestedOrganization, CurrentUser user) {
        SettingDefinition definition = requireDefinition(key);
        if (scope == SettingScope.SYSTEM) {
            throw new InvalidRequestException("scope", "the system value can be changed, not removed");
        }
        UUID club = policy.clubToRead(user, requestedOrganization);
        UUID target = authorizeScope(scope, scopeId, club, user);
        if (definition.isReadOnly()) {
            throw new ConflictException("Setting " + key + " is read-only");
        }
        ClubSetting setting = values.findByOrganizationIdAndScopeAndScopeIdAndKey(club, scope, target, key)
                .orElseThrow(() -> new NotFoundException("No " + scope.value() + " value of " + key));
        values.delete(setting);
        values.flush();
        announce(definition, scope, target, club, null);
        invalidator.invalidate(CacheTag.org(club));
    }

    @Transactional
    public SettingViews.Definition define(SettingRequests.NewDefinition request, CurrentUser user) {
        policy.requireSuperAdmin(user);
        if (request.min() != null && request.max() != null && request.min().compareTo(request.max()) > 0) {
            throw new InvalidRequestException("min", "must not be greater than max");
        }
        if (definitions.existsByKey(request.key())) {
            throw new ConflictException("Setting " + request.key() + " exists");
        }
        SettingDefinition definition = definitions.saveAndFlush(new SettingDefinition(request.key(),
                request.category(), request.type(), request.description(), request.publicValue(), request.readOnly(),
                request.min(), request.max(), request.pattern(), request.allowedValues(), request.systemValue()));
        return SettingViews.Definition.of(definition);
    }

    /** Values provisioning writes for a new club (organization scope, marked as provisioning's). */
    @Transactional
    public List<String> provision(UUID organizationId, Map<String, JsonNode> defaults) {
        List<String> created = new ArrayList<>();
        for (var entry : defaults.entrySet()) {
            SettingDefinition definition = requireDefinition(entry.getKey());
            if (values.findByOrganizationIdAndScopeAndScopeIdAndKey(organizationId, SettingScope.ORGANIZATION,
                    organizationId, entry.getKey()).isPresent()) {
                continue; // the club's own choice (or an earlier run) stays
            }
            String json = definition.checked(entry.getValue(), entry.getKey());
            values.save(new ClubSetting(organizationId, SettingScope.ORGANIZATION, organizationId, entry.getKey(),
                    json, true));
            announce(definition, SettingScope.ORGANIZATION, organizationId, organizationId, json);
            created.add(entry.getKey());
        }
        values.flush();
        invalidator.invalidate(CacheTag.org(organizationId));
        return created;
    }

    /** The compensation of provisioning: the values it wrote (and nobody changed since) go. */
    @Transactional
    public List<String> unprovision(UUID organizationId) {
        List<ClubSetting> provisioned = values.findByOrganizationIdAndProvisionedTrue(organizationId);
        List<String> keys = provisioned.stream().map(ClubSetting::getKey).toList();
        for (ClubSetting setting : provisioned) {
            values.delete(setting);
            announce(requireDefinition(setting.getKey()), SettingScope.ORGANIZATION, organizationId, organizationId,
                    null);
        }
        values.flush();
        invalidator.invalidate(CacheTag.org(organizationId));
        return keys;
    }

    /** Seeds: the value of one scope if the club has none there yet (a second run changes nothing). */
    @Transactional
    public boolean ensure(UUID organizationId, SettingScope scope, UUID scopeId, String key, JsonNode value) {
        if (values.findByOrganizationIdAndScopeAndScopeIdAndKey(organizationId, scope, scopeId, key).isPresent()) {
            return false;
        }
        SettingDefinition definition = requireDefinition(key);
        String json = definition.checked(value, key);
        values.saveAndFlush(new ClubSetting(organizationId, scope, scopeId, key, json, false));
        announce(definition, scope, scopeId, organizationId, json);
        invalidator.invalidate(CacheTag.org(organizationId));
        return true;
    }

    public boolean isFeatureFlag(String key) {
        return definitions.findByKey(key).map(SettingDefinition::isFeatureFlag).orElse(false);
    }

    private UUID authorizeScope(SettingScope scope, UUID scopeId, UUID club, CurrentUser user) {
        return switch (scope) {
            case ORGANIZATION -> {
                if (scopeId != null && !scopeId.equals(club)) {
                    throw new NotFoundException("Organization", scopeId);
                }
                policy.requireClubWriter(user);
                yield club;
            }
            case TEAM -> {
                if (scopeId == null) {
                    throw new InvalidRequestException("scopeId", "is required for a team value (the team's id)");
                }
                requireTeam(club, scopeId);
                policy.requireTeamWriter(user, scopeId);
                yield scopeId;
            }
            case USER -> {
                UUID person = scopeId == null ? user.id() : scopeId;
                policy.requireUserWriter(user, person);
                if (!person.equals(user.id())) {
                    requirePerson(club, person);
                }
                yield person;
            }
            case SYSTEM -> throw new IllegalArgumentException("system scope is handled by the caller");
        };
    }

    private void announce(SettingDefinition definition, SettingScope scope, UUID scopeId, UUID club, String json) {
        events.publish(EventTypes.CONFIG_CHANGED, club,
                new ConfigChanged(definition.getKey(), scope.value(), scopeId, club, json));
        if (definition.isFeatureFlag()) {
            events.publish(EventTypes.FEATURE_TOGGLED, club, new FeatureToggled(definition.getKey(), scope.value(),
                    scopeId, club, json == null ? null : Boolean.valueOf(json)));
        }
    }

    private SettingDefinition requireDefinition(String key) {
        return definitions.findByKey(key).orElseThrow(() -> new NotFoundException("Setting", key));
    }

    private void requireTeam(UUID club, UUID teamId) {
        if (!roster.isTeamOf(teamId, club)) {
            throw new NotFoundException("Team", teamId);
        }
    }

    private void requirePerson(UUID club, UUID userId) {
        if (roster.person(userId).filter(p -> club.equals(p.organizationId())).isEmpty()) {
            throw new NotFoundException("User", userId);
        }
    }
}
