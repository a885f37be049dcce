package com.hockeyhub.calendar.resource;

import java.util.UUID;

/** In-process notice raised before a resource is removed; a listener may veto by throwing (e.g. a 409). */
public record ResourceRemoving(UUID resourceId, String name) {
}
