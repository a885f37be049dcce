package com.hockeyhub.shared.web;

import com.hockeyhub.shared.api.ErrorCode;

/** 422: well-formed input that breaks a domain rule (a child aged 18, a skipped return-to-play phase, ...). */
public class BusinessRuleException extends ApiException {

    public BusinessRuleException(String message) {
        super(ErrorCode.BUSINESS_RULE_VIOLATION, message);
    }
}
