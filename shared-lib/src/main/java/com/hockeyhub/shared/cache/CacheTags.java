package com.hockeyhub.shared.cache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tags the entry a {@code @Cacheable} / {@code @CachePut} method stores, so that {@link CacheTagInvalidator#invalidate}
 * of any of the tags removes it. Each value is a SpEL expression over the method's parameters ({@code #id}),
 * {@code #result} (the returned value, Optional unwrapped) and {@code #root.args}; it yields a tag, a collection of
 * tags or {@code null} (no tag). Use {@link CacheTag} for the suite's tag names:
 * <pre>
 * &#64;Cacheable(cacheNames = "users", key = "#id", sync = true)
 * &#64;CacheTags({"T(com.hockeyhub.shared.cache.CacheTag).user(#id)", "'org:' + #result.organizationId()"})
 * public UserResponse user(UUID id) { ... }
 * </pre>
 * Tags are evaluated when the method actually runs (a cache miss), not on hits; a {@code null} result is not tagged.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CacheTags {

    String[] value();
}
