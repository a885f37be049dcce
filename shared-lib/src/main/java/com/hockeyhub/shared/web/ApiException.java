package com.hockeyhub.shared.web;

import com.hockeyhub.shared.api.ErrorCode;

/** An error the client can act on; turned into a problem detail with the code's HTTP status. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
