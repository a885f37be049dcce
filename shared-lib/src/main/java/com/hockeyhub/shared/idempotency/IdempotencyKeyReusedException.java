package com.hockeyhub.shared.idempotency;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.web.ApiException;

/** 422: an idempotency key was sent again with a different request body (draft-ietf-httpapi-idempotency-key-header). */
public class IdempotencyKeyReusedException extends ApiException {

    public IdempotencyKeyReusedException(String key) {
        super(ErrorCode.BUSINESS_RULE_VIOLATION,
                "Idempotency-Key '" + key + "' was already used for a different request");
    }
}
