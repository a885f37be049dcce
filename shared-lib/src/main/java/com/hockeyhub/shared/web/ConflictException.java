package com.hockeyhub.shared.web;

import com.hockeyhub.shared.api.ErrorCode;

/** 409: the request conflicts with the current state (a duplicate, an overlapping booking, ...). */
public class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(ErrorCode.CONFLICT, message);
    }
}
