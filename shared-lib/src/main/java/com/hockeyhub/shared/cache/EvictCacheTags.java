package com.hockeyhub.shared.cache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * After the method returns normally, invalidates the tags its SpEL expressions yield (same variables as
 * {@link CacheTags}, {@code #result} included). Inside a transaction the invalidation happens after the commit.
 * <pre>
 * &#64;Transactional
 * &#64;EvictCacheTags({"'user:' + #id", "'org:' + #result.organizationId()"})
 * public UserResponse update(UUID id, UpdateUserRequest request) { ... }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EvictCacheTags {

    String[] value();
}
