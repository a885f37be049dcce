package com.hockeyhub.shared.web;

import java.util.List;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.api.FieldError;

/** 400 for input that passed bean validation but is still invalid (e.g. a range wider than allowed), naming the fields. */
public class InvalidRequestException extends ApiException {

    private final List<FieldError> errors;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message, null)));
    }

    public InvalidRequestException(List<FieldError> errors) {
        super(ErrorCode.VALIDATION_FAILED, "The request is invalid: " + errors.stream()
                .map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
