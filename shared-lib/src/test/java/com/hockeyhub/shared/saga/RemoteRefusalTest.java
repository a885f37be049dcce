package com.hockeyhub.shared.saga;

import java.net.URI;

import com.hockeyhub.shared.api.ErrorCode;
import com.hockeyhub.shared.client.RemoteClientErrorException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class RemoteRefusalTest {

    private static RemoteClientErrorException answer(int status, ErrorCode code) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(status));
        problem.setInstance(URI.create("/api/participants/transfers"));
        problem.setProperty("code", code.name());
        return new RemoteClientErrorException("calendar-service", status, problem);
    }

    private static Throwable outcome(RemoteClientErrorException answer) {
        SagaAction<String> step = RemoteRefusal.asBusinessFailure(ctx -> {
            throw answer;
        });
        return catchThrowable(() -> step.execute(null));
    }

    @Test
    void aBusinessConflictIsARefusalThatCompensates() {
        assertThat(outcome(answer(409, ErrorCode.CONFLICT))).isInstanceOf(SagaBusinessException.class);
        assertThat(outcome(answer(422, ErrorCode.BUSINESS_RULE_VIOLATION))).isInstanceOf(SagaBusinessException.class);
    }

    @Test
    void rowsChangedUnderTheCallAreRetriedNotRefused() {
        assertThat(outcome(answer(409, ErrorCode.CONCURRENT_MODIFICATION)))
                .isInstanceOf(RemoteClientErrorException.class);
        assertThat(outcome(answer(429, ErrorCode.TOO_MANY_REQUESTS))).isInstanceOf(RemoteClientErrorException.class);
    }

    @Test
    void aConflictWithoutAProblemDetailIsARefusal() {
        assertThat(outcome(new RemoteClientErrorException("calendar-service", 409, null)))
                .isInstanceOf(SagaBusinessException.class);
    }
}
