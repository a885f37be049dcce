package com.hockeyhub.shared.cache;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.expression.MethodBasedEvaluationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;

/**
 * Evaluates {@link CacheTags} and {@link EvictCacheTags} around the target method. It runs just inside Spring's
 * caching interceptor, so it sees only real executions (misses), and it hands the tags to the cache's put.
 */
public class CacheTagsInterceptor implements MethodInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();
    private static final SpelExpressionParser PARSER = new SpelExpressionParser();

    private final Map<String, Expression> expressions = new ConcurrentHashMap<>();
    private final ObjectProvider<CacheTagInvalidator> invalidator;

    public CacheTagsInterceptor(ObjectProvider<CacheTagInvalidator> invalidator) {
        this.invalidator = invalidator;
    }

    /** The variables of the expressions: {@code #root.method}, {@code #root.args}, {@code #root.target}. */
    public record Root(Method method, Object[] args, Object target) {
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        long started = System.currentTimeMillis();
        Object result = invocation.proceed();
        Method method = invocation.getMethod();
        Class<?> targetClass = invocation.getThis() == null ? method.getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        CacheTags tags = AnnotatedElementUtils.findMergedAnnotation(specific, CacheTags.class);
        Object unwrapped = result instanceof Optional<?> optional ? optional.orElse(null) : result;
        if (tags != null && unwrapped != null) {
            PendingTags.offer(result, evaluate(tags.value(), specific, invocation, unwrapped), started);
        }
        EvictCacheTags evict = AnnotatedElementUtils.findMergedAnnotation(specific, EvictCacheTags.class);
        if (evict != null) {
            List<String> evicted = evaluate(evict.value(), specific, invocation, unwrapped);
            if (!evicted.isEmpty()) {
                invalidator.getObject().invalidate(evicted);
            }
        }
        return result;
    }

    private List<String> evaluate(String[] sources, Method method, MethodInvocation invocation, Object result) {
        Object[] args = invocation.getArguments();
        MethodBasedEvaluationContext context = new MethodBasedEvaluationContext(
                new Root(method, args, invocation.getThis()), method, args, NAMES);
        context.setVariable("result", result);
        List<String> tags = new ArrayList<>();
        for (String source : sources) {
            Object value = expressions.computeIfAbsent(source, PARSER::parseExpression).getValue(context);
            add(tags, value);
        }
        return tags;
    }

    private static void add(List<String> tags, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> add(tags, v));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                add(tags, v);
            }
        } else {
            String tag = value.toString();
            if (!tag.isBlank() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
    }
}
