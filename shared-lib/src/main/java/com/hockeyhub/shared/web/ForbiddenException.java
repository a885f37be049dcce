package com.hockeyhub.shared.web;

import com.hockeyhub.shared.api.ErrorCode;

/** 403: authenticated, but the caller's roles or relations do not allow this. */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
