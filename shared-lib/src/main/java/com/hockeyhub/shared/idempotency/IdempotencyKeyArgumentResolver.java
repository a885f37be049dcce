package com.hockeyhub.shared.idempotency;

import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets controller methods take an {@link IdempotencyKey} parameter from the {@code Idempotency-Key} header
 * ({@code null} without the header; 400 naming the header when it is longer than 255 characters or not printable
 * ASCII).
 */
public class IdempotencyKeyArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return IdempotencyKey.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        String value = webRequest.getHeader(IdempotencyKey.HEADER);
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > 255 || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidRequestException(IdempotencyKey.HEADER,
                    "must be 1 to 255 printable ASCII characters without spaces");
        }
        return new IdempotencyKey(value, CurrentUser.current().map(CurrentUser::id).orElse(null));
    }
}
