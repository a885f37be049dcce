package com.hockeyhub.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.api.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error of every service as {@code application/problem+json}: the status, a human detail, a {@code code},
 * the {@code requestId}, and for 400s the list of invalid fields. Never a stack trace or SQL text.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);
    /** Field errors named in one answer; a body failing more says how many it left out. */
    static final int MAX_REPORTED_ERRORS = 20;

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ex.code(), ex.code().status(), ex.getMessage(), request);
        if (ex instanceof InvalidRequestException invalid) {
            problem.setTitle("Validation failed");
            Problems.withErrors(problem, invalid.errors());
        }
        return problem(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage(), safe(v.getInvalidValue())))
                .toList();
        return validationProblem(errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        String expected = ex.getRequiredType() == null ? "another type" : describe(ex.getRequiredType());
        return validationProblem(List.of(new FieldError(ex.getName(), "must be " + expected, safe(ex.getValue()))),
                request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleDataIntegrity(DataIntegrityViolationException ex, HttpServletRequest request) {
        String sqlState = SqlStates.of(ex);
        log.info("Data integrity violation (SQLState {}): {}", sqlState, ex.getMostSpecificCause().getMessage());
        if (SqlStates.CHECK_VIOLATION.equals(sqlState) || SqlStates.NOT_NULL_VIOLATION.equals(sqlState)) {
            return problem(Problems.of(ErrorCode.VALIDATION_FAILED, HttpStatus.BAD_REQUEST,
                    "A value is outside what is allowed" + SqlStates.constraintSuffix(ex), request));
        }
        String detail = SqlStates.UNIQUE_VIOLATION.equals(sqlState) || SqlStates.EXCLUSION_VIOLATION.equals(sqlState)
                ? "The request conflicts with an existing record" + SqlStates.constraintSuffix(ex)
                : "The request conflicts with related records" + SqlStates.constraintSuffix(ex);
        return problem(Problems.of(ErrorCode.CONFLICT, HttpStatus.CONFLICT, detail, request));
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> handleConcurrentModification(RuntimeException ex, HttpServletRequest request) {
        return problem(Problems.of(ErrorCode.CONCURRENT_MODIFICATION, HttpStatus.CONFLICT,
                "The record was changed by someone else; reload it and try again", request));
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ResponseEntity<Object> handleQueryTimeout(QueryTimeoutException ex, HttpServletRequest request) {
        log.warn("Statement cancelled by the statement timeout: {}", ex.getMostSpecificCause().getMessage());
        return problem(Problems.of(ErrorCode.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE,
                "The request took too long and was cancelled; try again later", request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return problem(Problems.of(ErrorCode.FORBIDDEN, HttpStatus.FORBIDDEN, "You are not allowed to do this", request));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, HttpServletRequest request) {
        return problem(Problems.of(ErrorCode.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED, "Authentication is required",
                request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return problem(Problems.of(ErrorCode.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; quote the request id when reporting it", request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e ->
                errors.add(new FieldError(e.getField(), e.getDefaultMessage(), safe(e.getRejectedValue()))));
        ex.getBindingResult().getGlobalErrors().forEach(e ->
                errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage(), null)));
        return validationProblem(errors, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(e -> {
                String field = name;
                if (e instanceof org.springframework.validation.FieldError fe) {
                    field = fe.getField();
                }
                errors.add(new FieldError(field, e.getDefaultMessage(), safe(result.getArgument())));
            });
        }
        return validationProblem(errors, servlet(request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.RequestTooLargeException tooLarge) {
                return problem(Problems.of(ErrorCode.CONTENT_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
                        tooLarge.getMessage(), servlet(request)));
            }
        }
        JacksonException jackson = findJackson(ex);
        if (jackson != null && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return validationProblem(List.of(new FieldError(field, "has a value of the wrong type or format", null)),
                    servlet(request));
        }
        log.debug("Unreadable request body: {}", cause.getMessage());
        ProblemDetail problem = Problems.of(ErrorCode.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST,
                jackson != null ? "The request body is not valid JSON" : "The request body is missing or unreadable",
                servlet(request));
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatusAndDetail(statusCode, HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        Problems.enrich(problem, codeFor(ex, statusCode), servlet(request));
        HttpHeaders responseHeaders = new HttpHeaders();
        if (headers != null) {
            responseHeaders.putAll(headers);
        }
        responseHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(statusCode).headers(responseHeaders).body(problem);
    }

    private ResponseEntity<Object> validationProblem(List<FieldError> errors, HttpServletRequest request) {
        // a hostile body can fail thousands of fields: name the first ones, count the rest
        List<String> distinct = errors.stream().map(FieldError::field).distinct().toList();
        String fields = String.join(", ", distinct.subList(0, Math.min(distinct.size(), MAX_REPORTED_ERRORS)))
                + (distinct.size() > MAX_REPORTED_ERRORS ? " and " + (distinct.size() - MAX_REPORTED_ERRORS)
                        + " more" : "");
        ProblemDetail problem = Problems.of(ErrorCode.VALIDATION_FAILED, HttpStatus.BAD_REQUEST,
                "Invalid value for: " + fields, request);
        problem.setTitle("Validation failed");
        Problems.withErrors(problem, errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
        if (errors.size() > MAX_REPORTED_ERRORS) {
            problem.setProperty("errorsOmitted", errors.size() - MAX_REPORTED_ERRORS);
        }
        return problem(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ErrorCode codeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return ErrorCode.METHOD_NOT_ALLOWED;
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
        }
        return switch (status.value()) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status.is5xxServerError() ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST;
        };
    }

    private static JacksonException findJackson(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static HttpServletRequest servlet(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return servlet.getRequest();
        }
        return request instanceof NativeWebRequest nat ? nat.getNativeRequest(HttpServletRequest.class) : null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object constant : constants) {
                names.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
            }
            return "one of " + names;
        }
        return "a valid " + type.getSimpleName();
    }

    /** Echo simple rejected values only; never passwords or large blobs. */
    private static Object safe(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof CharSequence text) {
            return text.length() > 100 ? text.subSequence(0, 100) + "..." : text.toString();
        }
        return null;
    }
}
