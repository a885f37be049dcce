package com.hockeyhub.shared.test;

import java.util.concurrent.ThreadFactory;

import com.hockeyhub.shared.db.AcrossClubs;
import org.awaitility.Awaitility;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * A test's own code (fixtures written and read through repositories, JdbcTemplate or services) serves no user, like
 * a job, and spans clubs: it states {@code *} ({@link AcrossClubs}) for the whole test class. Requests the test sends
 * through MockMvc on the same thread do not inherit it (the service's {@code RequestsStateTheirClub} filter): they
 * state their token's club, or none. Awaitility's conditions, which it evaluates on a thread of its own, state it
 * too. Registered for every service's tests in {@code META-INF/spring.factories}.
 */
public class FixturesAcrossClubs implements TestExecutionListener, Ordered {

    private static final String SCOPE = FixturesAcrossClubs.class.getName() + ".scope";

    /**
     * Threads a test starts to stand in for what runs across clubs in a service — replicas' scheduled jobs or event
     * consumers racing each other — state it as the service's own threads do.
     */
    public static ThreadFactory threads() {
        return work -> new Thread(AcrossClubs.task(work));
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        testContext.setAttribute(SCOPE, AcrossClubs.open());
        Awaitility.pollThread(condition -> new Thread(AcrossClubs.task(condition), "awaitility-fixtures"));
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.removeAttribute(SCOPE) instanceof AcrossClubs.Scope scope) {
            scope.close();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
