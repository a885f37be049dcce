package com.hockeyhub.shared.web;

import com.hockeyhub.shared.api.ErrorCode;

/** 404: the resource does not exist, or exists in another club (which the caller must not learn). */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource, Object id) {
        super(ErrorCode.NOT_FOUND, resource + " " + id + " was not found");
    }

    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
